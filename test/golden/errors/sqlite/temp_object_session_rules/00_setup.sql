-- expect: success for the setup; cases: SQLite temporary objects, which last one session (one file): made again (ignored), then used from later files, where neither sqlite3 3.40 nor we know them (no such table / view); a temporary view is ignored, a temporary trigger is a no-op, an index statement cut short is incomplete input.
CREATE TABLE t (id integer);
CREATE TEMP TABLE tt (a int);
