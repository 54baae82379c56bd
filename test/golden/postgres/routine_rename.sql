-- ALTER FUNCTION/PROCEDURE ... RENAME TO: the signature and the CREATE text
-- follow, and so do triggers that run the function (they refer to it, not
-- to its name). Overloads are told apart by their argument lists.
CREATE TABLE person (id int);
CREATE FUNCTION site_aggregates_person_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER site_aggregates_person_insert AFTER INSERT ON person FOR EACH ROW EXECUTE FUNCTION site_aggregates_person_insert();
ALTER FUNCTION site_aggregates_person_insert () RENAME TO site_aggregates_user_insert;
CREATE SCHEMA util;
CREATE OR REPLACE FUNCTION util.add(a int, b int) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
CREATE FUNCTION util.add(a text, b text) RETURNS text LANGUAGE sql AS $$ SELECT a || b $$;
ALTER FUNCTION util.add(int, int) RENAME TO "Plus";
CREATE PROCEDURE cleanup(days int) LANGUAGE sql AS $$ SELECT 1 $$;
ALTER PROCEDURE cleanup RENAME TO purge;
CREATE FUNCTION site_aggregates_person_insert() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
