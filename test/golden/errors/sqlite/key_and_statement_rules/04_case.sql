CREATE TABLE t2 (a integer, FOREIGN KEY (zz) REFERENCES p (id));
