CREATE TABLE x10 () INHERITS (a) WITH (fillfactor = 70);
