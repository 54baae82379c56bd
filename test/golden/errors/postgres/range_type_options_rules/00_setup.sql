-- expect: success for the setup and for 15; 06, 08, 10 and 11 PostgreSQL 15 rejects with the message in expected.err (checked with psql 15); the others fail closed: 01 and 13 PostgreSQL accepts (a subtype with modifiers, an array subtype); it rejects 02 (cannot specify a canonical function without a pre-created shell type), 03-05 (syntax errors at or near "int4", "extra", "subtype"), 07 (type modifier is not allowed for type "int4"), 09 (cross-database references are not implemented: a.b.c), 12 (type "app.nosuch" does not exist), 14 (precision for type float must be less than 54 bits).
CREATE SCHEMA app;
CREATE TYPE app.fr AS RANGE (subtype = pg_catalog.float8, subtype_diff = float8mi, multirange_type_name = public.frm);
CREATE TYPE tr AS (a int);
CREATE TYPE tsr AS RANGE (subtype = timestamp with time zone);
CREATE TYPE txr AS RANGE (subtype = text, collation = "C");
CREATE TABLE uses (a app.fr, b frm, c tsr, d txr, e public.frm, f app.fr[]);
