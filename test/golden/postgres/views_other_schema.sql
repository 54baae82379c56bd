-- A view's unqualified FROM names resolve on the search path when the view
-- is made, not in the view's own schema: app.v reads public.t.
CREATE SCHEMA app;
CREATE TABLE t (a int, b text);
CREATE TABLE app.t (x int);
CREATE VIEW app.v AS SELECT * FROM t;
CREATE VIEW app.w AS SELECT * FROM app.t;
ALTER TABLE app.t ADD COLUMN y int;
