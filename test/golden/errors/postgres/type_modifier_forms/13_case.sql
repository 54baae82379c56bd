CREATE TABLE m13 (c numeric(1,2,3));
