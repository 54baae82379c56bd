CREATE TABLE m22 (c varchar(1,2));
