CREATE TABLE t3 (a integer, PRIMARY KEY (zz));
