-- expect: success for the setup; cases: statements with no effect on the schema, each accepted by PostgreSQL 15 after this setup, are ignored (RESET search_path and RESET ALL are applied).
CREATE TABLE t (id int PRIMARY KEY, v text);
CREATE INDEX t_v ON t (v);
