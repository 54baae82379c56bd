-- expect: success for the setup; cases: SQLite ALTER TABLE DROP COLUMN and RENAME errors, a temporary trigger (a no-op) and PostgreSQL-only statements (messages match sqlite3 3.40); 09, 10, 15 and 16 succeed in SQLite.
CREATE TABLE t (id integer PRIMARY KEY, a text UNIQUE, b int, c int CHECK (c > 0), d int REFERENCES t (id), e int, f int, g int);
CREATE TABLE w (id integer, v int, PRIMARY KEY (id));
CREATE TABLE one (x int);
CREATE TABLE k (a int, b int, CHECK (a < b), FOREIGN KEY (b) REFERENCES t (id));
CREATE TABLE k2 (a int, b int, FOREIGN KEY (b) REFERENCES t (id));
CREATE INDEX t_b ON t (b);
CREATE INDEX t_e ON t (e + 1);
