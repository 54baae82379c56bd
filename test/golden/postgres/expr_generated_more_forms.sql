-- Generated columns with IN and NOT IN lists, COALESCE, IS DISTINCT FROM,
-- casts (:: and CAST), OR, IS [NOT] NULL, varchar compared and
-- concatenated, numeric functions and division, as pg_get_expr prints them.
CREATE TABLE y (
    a int,
    b text,
    c numeric,
    v varchar(5),
    k1 boolean GENERATED ALWAYS AS (a IN (1, 2, 3)) STORED,
    k2 boolean GENERATED ALWAYS AS (a NOT IN (4, 5)) STORED,
    k4 text GENERATED ALWAYS AS (COALESCE(b, 'none')) STORED,
    k7 boolean GENERATED ALWAYS AS (a IS DISTINCT FROM 3) STORED,
    k8 text GENERATED ALWAYS AS (upper(v)) STORED,
    k9 bigint GENERATED ALWAYS AS (a::bigint * 2) STORED,
    k10 text GENERATED ALWAYS AS (CAST(a AS text)) STORED,
    k11 boolean GENERATED ALWAYS AS (a > 1 OR a < -1) STORED,
    k12 boolean GENERATED ALWAYS AS (v = 'abc') STORED,
    k13 numeric GENERATED ALWAYS AS (round(c, 2)) STORED,
    k14 boolean GENERATED ALWAYS AS (b IS NOT NULL AND a IS NULL) STORED,
    k15 int GENERATED ALWAYS AS (abs(a) % 7) STORED,
    k16 text GENERATED ALWAYS AS (b || v) STORED,
    k18 numeric GENERATED ALWAYS AS (c / 3.0) STORED
);
