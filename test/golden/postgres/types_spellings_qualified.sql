-- Column type spellings resolved as format_type prints them: pg_catalog-
-- qualified built-ins (also with spaces around the dot), a table's row type
-- (qualified, as an array), an extension type in its own schema (qualified,
-- as an array), interval with fields, bpchar(n), _text,
-- "char", bit / varbit without length, float(p) on both sides of 24,
-- time(p) WITH TIME ZONE, national character varying, dec, enum arrays,
-- and precisions above 6 that PostgreSQL reduces (with a warning).
CREATE SCHEMA ext;
CREATE SCHEMA app;
CREATE EXTENSION citext SCHEMA ext;
CREATE EXTENSION cube;
CREATE TYPE mood AS ENUM ('ok');
CREATE TABLE app.pt (a int, b text);
CREATE TABLE ty1 (
    a pg_catalog.int4,
    b pg_catalog . text,
    c app.pt,
    d app.pt[],
    f ext.citext,
    g ext.citext[],
    h cube,
    i interval day,
    j interval hour to minute,
    k bpchar(3),
    l _text,
    m "char",
    n bit,
    o varbit,
    p float(24),
    q float(25),
    r float,
    s time(3) with time zone,
    t timestamp(3) without time zone,
    u char,
    v national character varying(5),
    w dec(5),
    x public.mood,
    y mood[],
    z numeric,
    aa time(7),
    ab timestamptz(9),
    ac interval(8),
    ad pg_catalog.bpchar,
    ae nchar(4),
    af bit varying(12),
    ag char varying
);
