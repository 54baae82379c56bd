-- View column names derived from the select list (alias with and without
-- AS, qualified names, function calls, DISTINCT, *), relations read
-- after FROM/JOIN followed by join keywords rather than aliases, an
-- explicit column list, VALUES, and OR REPLACE.
CREATE TABLE t (a int, b text);
CREATE TABLE u (a int, c text);
CREATE VIEW v_alias AS SELECT a AS x, b y, t.a, upper(b) FROM t;
CREATE VIEW v_distinct AS SELECT DISTINCT a, b FROM t;
CREATE VIEW v_right AS SELECT t.a, u.c FROM t RIGHT JOIN u ON u.a = t.a;
CREATE VIEW v_full AS SELECT t.b FROM t FULL JOIN u ON u.a = t.a;
CREATE VIEW v_natural AS SELECT a, b, c FROM t NATURAL JOIN u;
CREATE VIEW v_cross AS SELECT t.b, u.c FROM t CROSS JOIN u;
CREATE VIEW v_order AS SELECT a FROM t ORDER BY a LIMIT 5;
CREATE VIEW v_group AS SELECT a, count(*) AS n FROM t GROUP BY a;
CREATE VIEW v_on AS SELECT DISTINCT ON (a) a, b FROM t;
CREATE VIEW v_cols (p, q) AS SELECT a, b FROM t;
CREATE OR REPLACE VIEW v_alias AS SELECT a AS x, b y, t.a, upper(b), 1 AS extra FROM t;
CREATE VIEW v_values AS VALUES (1, 'a');
