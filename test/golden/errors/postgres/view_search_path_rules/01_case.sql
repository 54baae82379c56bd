SET search_path = app, public;
CREATE VIEW app.v1 AS SELECT id, v FROM t;
CREATE VIEW v2 AS SELECT * FROM v1;
