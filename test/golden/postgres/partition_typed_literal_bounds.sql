-- Partition bounds written as typed literals (timestamp '...', date '...')
-- and hash partitions of several moduli, as pg_get_expr prints the bounds.
CREATE TABLE rts (ts timestamp, d date) PARTITION BY RANGE (ts);
CREATE TABLE rts1 PARTITION OF rts FOR VALUES FROM (timestamp '2020-01-01') TO (timestamp '2021-01-01 12:30');
CREATE TABLE ld (d date) PARTITION BY LIST (d);
CREATE TABLE ld1 PARTITION OF ld FOR VALUES IN (date '2024-02-29', DATE '2024-03-01');
CREATE TABLE h (id int) PARTITION BY HASH (id);
CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE h1 PARTITION OF h FOR VALUES WITH (modulus 4, remainder 1);
CREATE TABLE h3 PARTITION OF h FOR VALUES WITH (REMAINDER 3, MODULUS 4);
