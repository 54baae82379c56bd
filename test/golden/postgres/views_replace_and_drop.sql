-- OR REPLACE adding columns at the end, materialized views, drops.
CREATE TABLE s (a int, b int, c text);
CREATE VIEW v AS SELECT a, b FROM s;
CREATE OR REPLACE VIEW v AS SELECT a, b, c FROM s;
CREATE MATERIALIZED VIEW mv AS SELECT a, count(*) AS n FROM s GROUP BY a;
CREATE VIEW vv AS SELECT a FROM v;
DROP VIEW vv;
DROP MATERIALIZED VIEW IF EXISTS mv;
CREATE VIEW renamed_cols (x, y) AS SELECT a, b FROM s;
