-- Typed NULL defaults as pg_get_expr prints them, written bare or cast.
CREATE TABLE tn (a varchar(20) DEFAULT NULL, b varchar(20) DEFAULT NULL::varchar, c text DEFAULT NULL::text, d int DEFAULT NULL::integer, e numeric(5,2) DEFAULT NULL);
CREATE TABLE tn2 (a bigint DEFAULT NULL::integer, b text DEFAULT NULL::varchar, c varchar(5) DEFAULT NULL::text, d text DEFAULT (NULL)::text, e int DEFAULT CAST(NULL AS int), f int DEFAULT NULL::int::int, g varchar DEFAULT NULL::varchar(3), h numeric DEFAULT NULL::numeric(4,1), i bigint DEFAULT NULL::int::bigint, j int[] DEFAULT NULL::int[]);
