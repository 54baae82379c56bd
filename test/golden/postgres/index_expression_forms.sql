-- Index keys over expressions (IN lists, COALESCE, functions, casts,
-- IS DISTINCT FROM, arithmetic across numeric types, varchar operands,
-- OR, %, /), as pg_get_indexdef prints them (pretty).
CREATE TABLE z (a int, b text, c numeric, v varchar(5), d double precision);
CREATE INDEX z1 ON z ((a IN (1, 2)));
CREATE INDEX z2 ON z ((COALESCE(b, '')));
CREATE INDEX z3 ON z (lower(v));
CREATE INDEX z4 ON z ((a::bigint));
CREATE INDEX z5 ON z ((CAST(a AS text)));
CREATE INDEX z6 ON z ((a IS DISTINCT FROM 3));
CREATE INDEX z7 ON z ((c * 2), (d + 1.5));
CREATE INDEX z8 ON z ((v = 'x'), (v || 'y'));
CREATE INDEX z9 ON z ((b IS NULL OR a > 0));
CREATE INDEX z10 ON z ((a % 3), (a / 2));
