-- Triggers are recorded on their tables, as pg_get_triggerdef prints them.
CREATE TABLE items (id serial PRIMARY KEY, name text, updated_at timestamptz, qty int);
CREATE TABLE "Audit Log" (id bigserial PRIMARY KEY, msg text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER items_touch BEFORE INSERT OR UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER items_audit AFTER UPDATE OF name, qty OR DELETE ON items FOR EACH ROW EXECUTE PROCEDURE audit('items', 'x');
CREATE TRIGGER "Log Trunc" AFTER TRUNCATE ON "Audit Log" EXECUTE FUNCTION audit();
CREATE OR REPLACE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER gone AFTER INSERT ON items FOR EACH STATEMENT EXECUTE FUNCTION audit();
DROP TRIGGER gone ON items;
DROP TRIGGER IF EXISTS not_there ON items;
