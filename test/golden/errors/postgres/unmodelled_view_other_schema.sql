-- expect: line 5 succeeds (the engine rewrites app.v's query), line 6 fails: cannot drop table t because other objects depend on it, line 7 succeeds (app.v follows the rename). Views keep the names they read without their schema, so a view in another schema may read this table: all three fail closed
CREATE SCHEMA app;
CREATE TABLE public.t (id int, icon text);
CREATE VIEW app.v AS SELECT icon FROM public.t;
ALTER TABLE public.t RENAME COLUMN icon TO avatar;
DROP TABLE public.t;
ALTER TABLE t RENAME TO t2;
