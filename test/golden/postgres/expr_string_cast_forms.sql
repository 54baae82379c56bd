-- Lower-case u&/e/n string prefixes, numeric, bigint, smallint and boolean
-- string constants, sequence functions with parenthesised and cast
-- arguments, and generated expressions over char, numeric, float and
-- array columns (comparisons across numeric types, array concatenation,
-- text functions, signed numbers), as pg_get_expr prints them.
CREATE SEQUENCE s;
CREATE TABLE x (
    a int,
    b char(3),
    c numeric,
    d double precision,
    e int[],
    u1 text DEFAULT u&'d\0061t',
    e1 text DEFAULT e'a\tb',
    n1 char(2) DEFAULT n'ab',
    s1 numeric DEFAULT '-5.5',
    s2 numeric DEFAULT '+2',
    s3 numeric DEFAULT '1e3',
    s4 bigint DEFAULT ' 7 ',
    s5 smallint DEFAULT '3',
    bo1 boolean DEFAULT 't',
    bo2 boolean DEFAULT 'n',
    bo3 boolean DEFAULT '1',
    q1 bigint DEFAULT nextval(('s')),
    q2 bigint DEFAULT currval('s'::regclass),
    g3 boolean GENERATED ALWAYS AS (c < d) STORED,
    g4 int[] GENERATED ALWAYS AS (e || 4) STORED,
    g5 text GENERATED ALWAYS AS (lower(b)) STORED,
    g6 int GENERATED ALWAYS AS (strpos(b, 'a')) STORED,
    g7 numeric GENERATED ALWAYS AS (-1.5 * c) STORED,
    g8 double precision GENERATED ALWAYS AS (d * -2.5) STORED,
    g9 boolean GENERATED ALWAYS AS (b = 'abc') STORED,
    g10 numeric GENERATED ALWAYS AS (c % 2) STORED
);
