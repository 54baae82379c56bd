-- Overloads, OR REPLACE with the same result, defaults and VARIADIC.
CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS 'SELECT pi() * r * r';
CREATE FUNCTION area(w int, h int DEFAULT 1) RETURNS int LANGUAGE sql AS $$ SELECT w * h $$;
CREATE OR REPLACE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql AS 'SELECT 3.14 * r * r';
CREATE FUNCTION total(VARIADIC xs int[]) RETURNS bigint LANGUAGE sql AS $$ SELECT sum(x) FROM unnest(xs) x $$;
CREATE FUNCTION pair(INOUT a int, OUT b text) LANGUAGE sql AS $$ SELECT a, 'x' $$;
CREATE FUNCTION rows_of(n int) RETURNS TABLE (i int, sq int) LANGUAGE sql AS $$ SELECT g, g * g FROM generate_series(1, n) g $$;
DROP FUNCTION area(int, int);
