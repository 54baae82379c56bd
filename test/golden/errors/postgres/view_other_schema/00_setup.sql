-- expect: success; then 01 fails in PostgreSQL 15: cannot drop table t because other objects depend on it (app.v reads public.t, named unqualified); 02 and 03 succeed there (the engine rewrites app.v), and fail closed here since the view text is not rewritten
CREATE SCHEMA app;
CREATE TABLE public.t (id int, icon text);
CREATE VIEW app.v AS SELECT icon FROM t;
