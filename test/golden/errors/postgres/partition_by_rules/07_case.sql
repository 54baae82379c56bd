CREATE TABLE pl2 (a int, b int) PARTITION BY LIST (a, b);
