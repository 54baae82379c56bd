CREATE TABLE x () INHERITS (missing);
