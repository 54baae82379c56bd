-- Storage parameters PostgreSQL 15 accepts in every form its parser allows (a fraction, hex or spaced integer, boolean prefixes, enum words in any case, ON, a name alone, WITH (oids = false)); CREATE TABLE IF NOT EXISTS skips an existing table before looking at its parameters; the index definitions keep them as written.
CREATE TABLE t (a int, r int4range, j jsonb, s text);
CREATE TABLE p (a int) PARTITION BY RANGE (a);
ALTER TABLE t SET (fillfactor = '70.4', autovacuum_enabled = of, vacuum_index_cleanup = 'AUTO');
ALTER TABLE t SET (FILLFACTOR = 99.6, toast_tuple_target = ' 200 ', autovacuum_vacuum_scale_factor = '1e-3', vacuum_truncate);
ALTER TABLE t SET (parallel_workers = 0, log_autovacuum_min_duration = -1);
CREATE INDEX t_a ON t (a) WITH (fillfactor = 10, deduplicate_items = off);
CREATE INDEX t_r ON t USING gist (r) WITH (buffering = ON, fillfactor = 100);
CREATE INDEX t_j ON t USING gin (j) WITH (fastupdate = false, gin_pending_list_limit = 64);
CREATE INDEX t_b ON t USING brin (a) WITH (pages_per_range = 131072, autosummarize);
CREATE INDEX t_h ON t USING hash (a) WITH (fillfactor = '0x20');
CREATE TABLE c2 (a int) WITH (oids = false);
CREATE TABLE c8 (a int) WITH (OIDS = FALSE, toast.autovacuum_enabled = false, fillfactor = 100);
CREATE TABLE IF NOT EXISTS t (b int) WITH (bogus = 1);
CREATE INDEX t_o ON t (a) WITH (fillfactor = 070, deduplicate_items);
