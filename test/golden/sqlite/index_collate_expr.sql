-- Index keys with COLLATE, expressions and partial predicates.
CREATE TABLE t (a TEXT, b INTEGER, c TEXT);
CREATE INDEX t_a_nocase ON t (a COLLATE NOCASE DESC);
CREATE INDEX t_expr ON t (b + 1, lower(c));
CREATE UNIQUE INDEX t_partial ON t (a) WHERE b > 0 AND c IS NOT NULL;
CREATE INDEX IF NOT EXISTS t_expr ON t (c);
