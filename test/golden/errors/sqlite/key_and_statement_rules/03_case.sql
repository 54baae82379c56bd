CREATE TABLE t1 (a integer PRIMARY KEY, b text, PRIMARY KEY (b));
