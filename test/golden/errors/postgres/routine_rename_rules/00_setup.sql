-- expect: success for lines 2-4; each later file is one statement PostgreSQL 15 rejects after this setup, with the message in expected.err (checked one by one with psql)
CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$;
CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$;
CREATE FUNCTION g(a text) RETURNS text LANGUAGE sql AS $$ SELECT a $$;
