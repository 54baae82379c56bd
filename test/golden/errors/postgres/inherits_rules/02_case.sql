CREATE TABLE x (id text) INHERITS (a);
