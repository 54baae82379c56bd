-- A view selecting * from another view, and select-list items that are
-- not plain names (an expression after a function call).
CREATE TABLE t (id int, v text);
CREATE VIEW v1 AS SELECT id, v FROM t;
CREATE VIEW v2 AS SELECT * FROM v1;
CREATE VIEW v3 AS SELECT upper(v) || 'x' AS u, id FROM t;
CREATE VIEW v4 AS SELECT lower(v) || upper(v), id FROM t;
