-- Trigger definitions follow the table: RENAME COLUMN rewrites UPDATE OF lists, SET SCHEMA and RENAME TO the ON clause, as pg_get_triggerdef prints them from the catalog.
CREATE SCHEMA s;
CREATE TABLE posts (id int, body text);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER trg BEFORE UPDATE OF id, body ON posts FOR EACH ROW EXECUTE FUNCTION f();
CREATE TRIGGER trg2 AFTER INSERT OR UPDATE OF body OR DELETE ON posts FOR EACH STATEMENT EXECUTE FUNCTION f();
ALTER TABLE posts RENAME COLUMN id TO ident;
ALTER TABLE posts SET SCHEMA s;
ALTER TABLE s.posts RENAME TO articles;
