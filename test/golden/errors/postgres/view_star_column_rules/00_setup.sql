-- expect: success for the setup; cases: dropping and altering columns that views may use through "*", where we fail closed (PostgreSQL 15 rejects 01-04: other objects depend on the column / a column used by a view), and columns of a table whose view only counts rows (05, 06: accepted).
CREATE TABLE t1 (id int, v text);
CREATE TABLE t2 (id int, v text);
CREATE TABLE t3 (id int, v text);
CREATE TABLE u (a int, b int);
CREATE VIEW v1 AS SELECT t1.* FROM t1;
CREATE VIEW v2 AS SELECT DISTINCT * FROM t2;
CREATE VIEW v3 AS SELECT ALL * FROM t3;
CREATE VIEW v6 AS SELECT count(*) AS n, 2 * 3 AS six FROM u;
