-- Views whose column list renames the query's columns (all, or the first
-- ones), over a table and over another view.
CREATE TABLE t (id int, a int, b int);
CREATE VIEW v7 (x) AS SELECT * FROM t;
CREATE VIEW v8 (b, a) AS SELECT a, b FROM t;
CREATE VIEW v9 (y) AS SELECT b, a FROM v8;
