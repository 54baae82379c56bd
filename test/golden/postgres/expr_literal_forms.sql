-- Literal and operator forms in defaults and CHECK constraints, printed
-- the way pg_get_expr prints them: Unicode-escape and E'' strings,
-- national strings, numeric literals with signs, exponents and leading
-- zeros, boolean and integer string constants with blanks, mixed
-- integer/numeric/float arithmetic, unary signs, AT TIME ZONE, and arrays.
CREATE TABLE lit (
    u1 text DEFAULT U&'d\0061t\+000061',
    u2 text DEFAULT U&'caf\00e9 \20AC \+01F600',
    u3 text DEFAULT U&'it''s \\ back',
    e1 text DEFAULT E'tab\there\nnew \\ \' \r\b\f',
    e2 text DEFAULT E'a''b',
    n1 char(3) DEFAULT N'abc',
    d1 numeric DEFAULT 1.5e3,
    d2 numeric DEFAULT 00012.50,
    d4 numeric DEFAULT 2.5E-2,
    d5 numeric DEFAULT ' 7.250 ',
    d6 double precision DEFAULT +3,
    d7 numeric DEFAULT -(4.5),
    b1 boolean DEFAULT 'yes',
    b2 boolean DEFAULT 'off',
    i1 integer DEFAULT ' 42 ',
    i2 bigint DEFAULT '-5',
    t1 timestamp DEFAULT (now() AT TIME ZONE 'UTC'),
    a1 int[] DEFAULT ARRAY[1, 2, 3],
    a2 text[] DEFAULT ARRAY['a', 'b']::text[],
    a3 varchar(5)[] DEFAULT ARRAY['x']::varchar(5)[],
    a4 numeric[] DEFAULT ARRAY[1.5, 2.0],
    CONSTRAINT mix1 CHECK (d1 * 2 > i1 + 1.5),
    CONSTRAINT mix2 CHECK (d6 / 2 < d1 % 7),
    CONSTRAINT mix3 CHECK (d6 + 1.5 > 0),
    CONSTRAINT mix4 CHECK (i1 <> 3 AND i2 != 4),
    CONSTRAINT cat1 CHECK (i1 || 'x' <> 'y'),
    CONSTRAINT neg1 CHECK (-i1 < +i2 AND -(i1) < 10)
);
