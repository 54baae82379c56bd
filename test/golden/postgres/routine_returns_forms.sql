-- Result types of functions as PostgreSQL 15 prints them: TABLE columns
-- with arrays, quoted names and user types, quoted pseudo-types and type
-- names, SETOF, and RETURNS NULL ON NULL INPUT without a result type (OUT
-- parameters give it).
CREATE FUNCTION tab_forms(n int)
    RETURNS TABLE (a int[], b numeric, "C d" character varying, e double precision)
    LANGUAGE sql AS 'SELECT NULL::int[], 1.0, ''x'', 2.0';
CREATE FUNCTION quoted_pseudo(x "anyelement") RETURNS "anyelement"
    LANGUAGE sql AS 'SELECT x';
CREATE FUNCTION out_only(IN a int, OUT b int) RETURNS NULL ON NULL INPUT
    LANGUAGE sql AS 'SELECT a + 1';
CREATE FUNCTION set_of_rows() RETURNS SETOF timestamp with time zone
    LANGUAGE sql AS 'SELECT now()';
CREATE FUNCTION arr_result() RETURNS text[]
    LANGUAGE sql AS 'SELECT ARRAY[''a'']';
CREATE TYPE mood AS ENUM ('ok');
CREATE FUNCTION quoted_result() RETURNS "int4" LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION user_table() RETURNS TABLE (m mood, n mood[])
    LANGUAGE sql AS 'SELECT NULL::mood, NULL::mood[]';
CREATE FUNCTION user_setof() RETURNS SETOF mood LANGUAGE sql AS 'SELECT NULL::mood';
