CREATE TABLE m15 (c int(3));
