-- Sequences of each AS type used by defaults, renamed and moved, with
-- OWNED BY set and a table renamed afterwards.
CREATE SCHEMA seqs;
CREATE SEQUENCE s_small AS smallint;
CREATE SEQUENCE s_int AS integer INCREMENT 5;
CREATE SEQUENCE IF NOT EXISTS s_big;
CREATE TABLE counters (
    a smallint DEFAULT nextval('s_small'),
    b int DEFAULT nextval('s_int'),
    c bigint DEFAULT nextval('s_big'::regclass)
);
ALTER SEQUENCE s_small RENAME TO s_tiny;
ALTER SEQUENCE s_big SET SCHEMA seqs;
ALTER SEQUENCE s_int OWNED BY counters.b;
ALTER TABLE counters RENAME TO tallies;
ALTER SEQUENCE IF EXISTS no_such_seq RENAME TO other;
