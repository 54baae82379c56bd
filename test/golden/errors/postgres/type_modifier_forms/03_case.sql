CREATE TABLE m03 (c int8(1));
