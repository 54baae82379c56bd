CREATE TABLE t (b int) WITH (bogus = 1);
