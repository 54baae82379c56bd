-- expect: ERROR:  syntax error at or near "ATTACH" -- at line 6, col 26 (ALTER INDEX IF EXISTS has no ATTACH PARTITION form); we fail closed there
CREATE TABLE p (a int) PARTITION BY RANGE (a);
CREATE INDEX pi ON ONLY p (a);
CREATE TABLE c PARTITION OF p FOR VALUES FROM (1) TO (10);
CREATE INDEX ci ON c (a);
ALTER INDEX IF EXISTS pi ATTACH PARTITION ci;
