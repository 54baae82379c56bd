CREATE TABLE x02 (a int, b int) PARTITION BY RANGE (a, zz);
