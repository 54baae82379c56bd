-- Expressions printed as pg_get_expr / pg_get_indexdef print them, in
-- defaults (not pretty) and index keys and predicates (pretty): SQL
-- value functions with a precision, NOT, IS NULL postfix tests, unary plus
-- and minus on constants and columns, AT TIME ZONE, array constructors
-- cast to arrays, casts of
-- parenthesised strings, -> on json, a varchar concatenated.
CREATE TABLE t (
    id int PRIMARY KEY,
    b boolean,
    x int,
    v varchar(10),
    j jsonb,
    ts timestamptz DEFAULT CURRENT_TIMESTAMP(3),
    lt time DEFAULT LOCALTIME( 2 ),
    ltz timestamp DEFAULT LOCALTIMESTAMP(0),
    ct timetz DEFAULT CURRENT_TIME(1),
    n1 int DEFAULT (+ 3),
    n2 numeric DEFAULT -(2.50),
    n3 int DEFAULT -(7),
    tags text[] DEFAULT ARRAY['a', 'c']::text[],
    nums int[] DEFAULT ARRAY[1, 2]::int[],
    s text DEFAULT ('abc')::text,
    flag boolean DEFAULT (NOT true),
    loc timestamp DEFAULT (now() AT TIME ZONE 'UTC')
);
CREATE INDEX t_not_b ON t ((NOT b));
CREATE INDEX t_isnull ON t ((x IS NULL));
CREATE INDEX t_neg ON t ((- x));
CREATE INDEX t_atz ON t ((ts AT TIME ZONE 'UTC'));
CREATE INDEX t_json ON t ((j -> 'k'));
CREATE INDEX t_cat ON t ((v || 'x'));
CREATE INDEX t_arr ON t ((ARRAY[x, 1]));
CREATE INDEX t_part ON t (x) WHERE NOT b AND x IS NOT NULL;
CREATE INDEX t_part2 ON t (x) WHERE (x > -5) AND v IS NULL;
