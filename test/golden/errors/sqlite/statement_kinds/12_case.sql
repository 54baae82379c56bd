CREATE TABLE c (id int) INHERITS (t);
