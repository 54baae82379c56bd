-- expect: success for the setup; cases: ALTER TABLE on partitioned tables and partitions (messages match psql 15); 09-13, 15 and 16 succeed in PostgreSQL; 17-20 are rejected by it (identity column with child tables, NOT VALID foreign key, ONLY CHECK, ONLY DROP NOT NULL) where we fail closed.
CREATE TABLE p (id int NOT NULL, v text, w int) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE TABLE q (id int, v text) PARTITION BY LIST (id);
CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1);
CREATE TABLE r (id int PRIMARY KEY);
