-- DROP COLUMN takes indexes, checks and keys that use it; CASCADE takes
-- foreign keys in other tables.
CREATE TABLE a (id int PRIMARY KEY, code text UNIQUE, x int, y int, CHECK (x < y));
CREATE INDEX a_xy ON a (x, y);
CREATE INDEX a_lower_code ON a (lower(code));
CREATE TABLE b (a_code text REFERENCES a (code), a_id int REFERENCES a);
ALTER TABLE a DROP COLUMN x;
ALTER TABLE a DROP COLUMN code CASCADE;
