-- Type spellings and their format_type forms: int2/int8/float4/float8,
-- double precision, timestamp(3) with time zone, bit varying, character(n),
-- multi-dimensional and varchar arrays.
CREATE TABLE spell (
    a int2,
    b int8,
    c float4,
    d float8,
    e double precision,
    f timestamp(3) with time zone,
    g timestamp(0) without time zone,
    h time(2) with time zone,
    i bit varying(5),
    j bit(3),
    k character(10),
    l char,
    m numeric(10,2),
    n decimal(5),
    o int[][],
    p varchar(20)[],
    q character varying,
    r interval(3),
    s bool,
    t float(10),
    u float(40),
    v varbit,
    w timestamptz(6)[],
    x "char",
    y bpchar
);
ALTER TABLE spell ALTER COLUMN a TYPE int4;
ALTER TABLE spell ADD COLUMN z interval(2);
