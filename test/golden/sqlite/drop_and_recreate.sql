-- Drop and recreate with different shapes; indexes go with their table.
CREATE TABLE t (a INTEGER, b TEXT);
CREATE INDEX t_a ON t (a);
DROP TABLE t;
CREATE TABLE t (a TEXT PRIMARY KEY, c BLOB) WITHOUT ROWID;
CREATE INDEX t_a ON t (c);
DROP INDEX IF EXISTS nope;
DROP TABLE IF EXISTS nope;
