-- expect: success for the setup; files 01-28 are each one statement PostgreSQL 15 rejects after this setup (messages in expected.err match psql's, checked by hand). 29 is PostgreSQL's syntax error (we fail closed on syntax); 30 fails closed: PostgreSQL rejects it here ("cannot detach partitions concurrently when a default partition exists") and otherwise adds a CHECK constraint we do not model.
CREATE TABLE plain (a int, b text);
CREATE TABLE r (a int NOT NULL, b text, CONSTRAINT r_b_check CHECK (b <> '')) PARTITION BY RANGE (a);
CREATE TABLE r1 PARTITION OF r FOR VALUES FROM (0) TO (10);
CREATE TABLE r_def PARTITION OF r DEFAULT;
CREATE INDEX r_b_idx ON r (b);
CREATE TABLE h (a int) PARTITION BY HASH (a);
CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE l (a int, b text) PARTITION BY LIST (b);
CREATE TABLE l1 PARTITION OF l FOR VALUES IN ('x', NULL);
CREATE TABLE spare (a int NOT NULL, b text, CONSTRAINT r_b_check CHECK (b <> ''));
