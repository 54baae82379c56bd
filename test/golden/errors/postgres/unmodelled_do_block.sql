-- expect: success (PostgreSQL runs the DO block and creates table "flags"); not modelled: a DO block can change the schema invisibly
CREATE TABLE settings (key text PRIMARY KEY);
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'flags') THEN
        EXECUTE 'CREATE TABLE flags (name text PRIMARY KEY); ';
    END IF;
END
$$;
