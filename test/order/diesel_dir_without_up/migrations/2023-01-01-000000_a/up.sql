-- the first migration
CREATE TABLE a (id int);
