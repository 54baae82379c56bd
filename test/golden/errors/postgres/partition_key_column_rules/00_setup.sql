-- expect: success for lines 2-3; 01-15 are each one ALTER TABLE PostgreSQL 15 rejects after this setup (messages in expected.err, checked with psql): a partition's columns are inherited; a sub-partition's key column cannot change through its parent; ONLY on a partitioned table that has partitions; 16-18 succeed
CREATE TABLE p (a int, b int, c text) PARTITION BY RANGE (a);
CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (1) TO (10) PARTITION BY LIST (b);
