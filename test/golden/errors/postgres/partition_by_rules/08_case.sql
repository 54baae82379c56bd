CREATE TABLE pl3 (a int) PARTITION BY LIST (nosuch, a);
