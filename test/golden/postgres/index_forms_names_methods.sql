-- CREATE INDEX forms: IF NOT EXISTS on a name another relation has (a
-- notice), chosen names from long and repeated column names (clipped and
-- made unique as ChooseIndexColumnNames does), brin / spgist / hash access
-- methods, operator classes on expression and column keys (the default
-- class left out of the definition), a unique index with INCLUDE.
CREATE TABLE t (id int PRIMARY KEY, v text, w text, ts timestamptz, p point, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa int, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb int, ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc int);
CREATE INDEX IF NOT EXISTS t_pkey ON t (v);
CREATE INDEX ON t (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc);
CREATE INDEX ON t (v, v, v);
CREATE INDEX t_brin ON t USING brin (ts);
CREATE INDEX t_spg ON t USING spgist (p);
CREATE INDEX t_hash ON t USING hash (v);
CREATE INDEX t_expr_ops ON t ((lower(v)) text_pattern_ops);
CREATE INDEX t_ops ON t (w text_pattern_ops, v text_ops);
CREATE UNIQUE INDEX t_inc ON t (id) INCLUDE (v, w);
-- ==
