-- Extension types written schema-qualified (format_type qualifies them outside public); the dump makes schemas before the extensions that live in them.
CREATE SCHEMA ext;
CREATE EXTENSION cube WITH SCHEMA ext;
CREATE EXTENSION citext;
CREATE EXTENSION hstore WITH SCHEMA ext;
CREATE TABLE t (c ext.cube, b public.citext, d citext[], attrs ext.hstore);
