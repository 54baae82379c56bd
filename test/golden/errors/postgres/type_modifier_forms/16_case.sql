CREATE TABLE m16 (c integer(3));
