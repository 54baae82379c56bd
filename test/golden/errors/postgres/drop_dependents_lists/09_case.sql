DROP TABLE t_solo, t_read;
