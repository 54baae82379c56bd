CREATE TABLE t_solo (a int);
