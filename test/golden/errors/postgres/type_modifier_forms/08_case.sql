CREATE TABLE m08 (c serial(3));
