CREATE TABLE t_read (a int);
