-- expect: success for lines 2-7; 01-04 are each one ALTER INDEX ... ATTACH PARTITION PostgreSQL 15 rejects after this setup (messages in expected.err, checked with psql): a parent index on a plain table (before the partition index is even looked up), an index of no partition, the index itself; 05 attaches
CREATE TABLE plain (k int, b text);
CREATE INDEX plain_b ON plain (b);
CREATE TABLE p (k int, b text) PARTITION BY LIST (k);
CREATE TABLE p_1 PARTITION OF p FOR VALUES IN (1);
CREATE INDEX p_1_b ON p_1 (b);
CREATE INDEX p_b ON ONLY p (b);
