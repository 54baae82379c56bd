-- expect: success in PostgreSQL 15 (the first set_config sets the search path from an expression, so x is created in app; the others leave it alone): we fail closed on the first and ignore the others
CREATE SCHEMA app;
SELECT set_config(lower('SEARCH_PATH'), 'app', false);
SELECT set_config('statement_timeout', '0', false);
SELECT pg_catalog.set_config('lock_timeout', '1s', true);
CREATE TABLE x (id int);
