CREATE TRIGGER g30 AFTER UPDATE ON tt FOR ROW WHEN (new.a > 1 AND old IS NOT NULL AND new.b::text <> lower(old.b)) EXECUTE FUNCTION tf();
