-- expect: success for lines 2-3; each later file is one statement PostgreSQL 15 rejects after this setup, with the message in expected.err (checked one by one with psql)
CREATE TABLE t (a int, b int NOT NULL, c int NOT NULL DEFAULT 1, d text NOT NULL, e int GENERATED ALWAYS AS IDENTITY);
CREATE TABLE u (x int);
