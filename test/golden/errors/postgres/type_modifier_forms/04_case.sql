CREATE TABLE m04 (c float8(3));
