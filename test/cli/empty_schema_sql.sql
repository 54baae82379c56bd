-- only DML: the schema stays empty
INSERT INTO t VALUES (1);
