CREATE VIEW v5 (p, q, r) AS SELECT a, b FROM t;
