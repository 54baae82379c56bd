-- CREATE TYPE ... AS RANGE with its options: a pg_catalog-qualified
-- subtype, SUBTYPE_DIFF, a multirange name in another schema, a subtype of
-- several words (timestamp with time zone), COLLATION, SUBTYPE_OPCLASS and
-- an explicit multirange name; the types as column types (qualified, via
-- the multirange's own schema, as an array).
CREATE SCHEMA app;
CREATE TYPE app.fr AS RANGE (subtype = pg_catalog.float8, subtype_diff = float8mi, multirange_type_name = public.frm);
CREATE TYPE tsr AS RANGE (subtype = timestamp with time zone);
CREATE TYPE txr AS RANGE (subtype = text, collation = "C");
CREATE TYPE r16 AS RANGE (subtype = int4, multirange_type_name = r16_multirange, subtype_opclass = int4_ops);
CREATE TABLE uses (a app.fr, b frm, c tsr, d txr, e public.frm, f app.fr[], g r16_multirange);
