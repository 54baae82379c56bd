CREATE TABLE m17 (c bigint(3));
