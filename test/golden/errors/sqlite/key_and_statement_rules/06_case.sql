CREATE TABLE t4 (a integer, UNIQUE (a, zz));
