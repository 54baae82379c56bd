-- Triggers with UPDATE OF column lists, FOR EACH
-- STATEMENT; one renamed; the function renamed.
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0, status text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER accounts_balance AFTER UPDATE OF balance, status ON accounts FOR EACH ROW EXECUTE FUNCTION noop();
CREATE TRIGGER accounts_stmt AFTER INSERT OR DELETE ON accounts FOR EACH STATEMENT EXECUTE FUNCTION noop();
CREATE VIEW active_accounts AS SELECT id, balance FROM accounts WHERE status = 'active';
ALTER TRIGGER accounts_stmt ON accounts RENAME TO accounts_audit;
ALTER FUNCTION noop() RENAME TO do_nothing;
ALTER TABLE accounts ADD COLUMN owner text;
