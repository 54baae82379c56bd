-- Trigger functions overloaded by argument, a trigger renamed,
-- its function renamed, and DROP FUNCTION ... CASCADE removing its trigger.
CREATE TABLE posts (id int PRIMARY KEY, body text, updated_at timestamptz, version int DEFAULT 1);
CREATE FUNCTION set_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$;
CREATE FUNCTION bump_version(step int) RETURNS int LANGUAGE sql AS 'SELECT step + 1';
CREATE TRIGGER posts_updated BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION set_updated();
CREATE TRIGGER posts_version BEFORE UPDATE OF body ON posts FOR EACH ROW EXECUTE FUNCTION bump_version();
ALTER FUNCTION set_updated() RENAME TO touch_updated_at;
DROP FUNCTION bump_version() CASCADE;
DROP FUNCTION IF EXISTS bump_version(int);
ALTER TRIGGER posts_updated ON posts RENAME TO posts_touch;
ALTER TABLE posts ADD COLUMN title text;
