SET search_path = nope, public;
CREATE VIEW v3 AS SELECT w FROM t;
