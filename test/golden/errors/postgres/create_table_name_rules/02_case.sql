CREATE TABLE t_a_idx (x int);
