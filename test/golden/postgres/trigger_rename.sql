-- ALTER TRIGGER ... ON t RENAME TO: the trigger keeps its definition under
-- the new name, and the old name is free again.
CREATE TABLE person (id int, name text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER site_aggregates_person_insert AFTER INSERT ON person FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER "Audit" BEFORE UPDATE OF name ON public.person FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TRIGGER site_aggregates_person_insert ON person RENAME TO site_aggregates_user_insert;
ALTER TRIGGER "Audit" ON public.person RENAME TO "Audit Name";
CREATE TRIGGER site_aggregates_person_insert AFTER DELETE ON person FOR EACH STATEMENT EXECUTE FUNCTION touch();
