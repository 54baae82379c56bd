-- Functions and procedures are recorded by signature; bodies are kept, not run.
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
CREATE OR REPLACE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT x + 2$$;
CREATE FUNCTION touch_updated_at() RETURNS trigger AS $body$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$body$ LANGUAGE plpgsql;
CREATE FUNCTION pair(a text, b varchar(10) DEFAULT 'x', OUT joined text) LANGUAGE sql AS $$ SELECT a || b $$;
CREATE FUNCTION many(VARIADIC nums int[]) RETURNS SETOF integer LANGUAGE sql AS 'SELECT unnest(nums)';
CREATE FUNCTION rows_of(n int) RETURNS TABLE (i int, label text) LANGUAGE sql AS $$ SELECT g, g::text FROM generate_series(1, n) g $$;
CREATE PROCEDURE log_it(msg text) LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', msg; END $$;
CREATE FUNCTION "MixedCase"(timestamp with time zone, double precision) RETURNS void LANGUAGE sql AS '';
CREATE FUNCTION to_drop(int) RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION to_drop(text) RETURNS int LANGUAGE sql AS 'SELECT 2';
DROP FUNCTION to_drop(int);
DROP FUNCTION IF EXISTS no_such_function(int), to_drop;
DROP PROCEDURE IF EXISTS nothing_here;
CREATE TABLE widgets (id int PRIMARY KEY, name text);
CREATE FUNCTION widget_name(w widgets) RETURNS text LANGUAGE sql AS 'SELECT w.name';
CREATE FUNCTION all_widgets() RETURNS SETOF widgets LANGUAGE sql AS 'SELECT * FROM widgets';
