-- Expressions in generated columns and column defaults (printed without
-- pretty-printing) and in index keys (printed pretty): ANY/ALL over
-- arrays with != and a varchar operand, NOT, IS NULL, unary plus and
-- minus, varchar used as text, integer/numeric/float arithmetic, length().
CREATE TABLE g (
    a int,
    b varchar(10),
    c numeric,
    d double precision,
    g1 boolean GENERATED ALWAYS AS (a = ANY (ARRAY[1, 2, 3])) STORED,
    g2 boolean GENERATED ALWAYS AS (a != ALL (ARRAY[4, 5])) STORED,
    g3 boolean GENERATED ALWAYS AS (NOT (a > 1)) STORED,
    g4 boolean GENERATED ALWAYS AS (b IS NULL) STORED,
    g5 text GENERATED ALWAYS AS (b || 'x') STORED,
    g6 numeric GENERATED ALWAYS AS (c * 2 + a) STORED,
    g7 double precision GENERATED ALWAYS AS (d / 2 + c) STORED,
    g8 integer GENERATED ALWAYS AS (length(b) + 1) STORED,
    g9 boolean GENERATED ALWAYS AS (b = ANY (ARRAY['p', 'q'])) STORED,
    f1 int DEFAULT (+ 5),
    f2 numeric DEFAULT -1.50
);
CREATE INDEX g_any ON g ((a = ANY (ARRAY[1, 2])));
CREATE INDEX g_not ON g ((NOT (a > 1)), (b IS NOT NULL));
CREATE INDEX g_cat ON g ((b || 'y'), (c * 2 + a), (d / 2 + c));
CREATE INDEX g_ne ON g ((b != ALL (ARRAY['r'])));
