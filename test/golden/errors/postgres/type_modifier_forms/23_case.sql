CREATE TABLE m23 (c char(1,2));
