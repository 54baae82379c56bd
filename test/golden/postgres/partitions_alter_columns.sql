-- Column renames, type changes, drops and DROP NOT NULL on a partitioned table reach every partition (indexes on dropped columns go with them); ON ONLY indexes stay on the parent until a partition is attached.
CREATE TABLE metrics (host text NOT NULL, at date NOT NULL, cpu int, mem int NOT NULL, tag varchar(10)) PARTITION BY LIST (host);
CREATE TABLE metrics_a PARTITION OF metrics FOR VALUES IN ('a');
CREATE TABLE metrics_b PARTITION OF metrics FOR VALUES IN ('b', 'c') PARTITION BY RANGE (at);
CREATE TABLE metrics_b_2024 PARTITION OF metrics_b FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX ON metrics (cpu);
CREATE INDEX metrics_a_tag ON metrics_a (tag);
ALTER TABLE metrics RENAME COLUMN cpu TO cpu_pct;
ALTER TABLE metrics ALTER COLUMN cpu_pct TYPE bigint, ALTER COLUMN mem DROP NOT NULL;
ALTER TABLE metrics DROP COLUMN tag;
CREATE INDEX metrics_mem ON ONLY metrics (mem);
CREATE TABLE metrics_d (host text NOT NULL, at date NOT NULL, cpu_pct bigint, mem int);
ALTER TABLE metrics ATTACH PARTITION metrics_d FOR VALUES IN ('d');
CREATE TABLE metrics_h (id int, host text) PARTITION BY HASH (host, id);
CREATE TABLE metrics_h0 PARTITION OF metrics_h FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE metrics_h1 PARTITION OF metrics_h FOR VALUES WITH (MODULUS 3, REMAINDER 1);
