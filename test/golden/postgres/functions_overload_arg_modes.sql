-- Function overloads differing in argument modes, defaults and VARIADIC;
-- procedures with INOUT; drops by signature (OUT arguments are not part of it).
CREATE FUNCTION price(p_id int) RETURNS numeric LANGUAGE sql AS 'SELECT 1.0';
CREATE FUNCTION price(p_id int, p_currency text DEFAULT 'EUR') RETURNS numeric LANGUAGE sql AS 'SELECT 2.0';
CREATE FUNCTION price(p_id bigint, OUT amount numeric, OUT currency text) LANGUAGE sql AS $$SELECT 1.0, 'EUR'$$;
CREATE FUNCTION concat_all(sep text, VARIADIC parts text[]) RETURNS text LANGUAGE sql AS $$SELECT array_to_string(parts, sep)$$;
CREATE FUNCTION swap(INOUT a int, INOUT b int) LANGUAGE sql AS 'SELECT b, a';
CREATE PROCEDURE bump(INOUT counter int, step int DEFAULT 1) LANGUAGE plpgsql AS $$ BEGIN counter := counter + step; END $$;
CREATE FUNCTION stats(IN xs float8[], OUT mean float8, OUT n int) RETURNS record LANGUAGE sql AS 'SELECT 0::float8, 0';
DROP FUNCTION price(bigint);
DROP FUNCTION stats(float8[]);
CREATE OR REPLACE FUNCTION price(p_id int) RETURNS numeric LANGUAGE sql STABLE AS 'SELECT 3.0';
CREATE TABLE quotes (id int, amount numeric DEFAULT 0);
