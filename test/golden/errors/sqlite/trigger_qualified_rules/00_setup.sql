-- expect: success for the setup; cases: SQLite CREATE/DROP TRIGGER with schema-qualified names and a temporary trigger (a no-op), each accepted by sqlite3 3.40.
CREATE TABLE t (id integer PRIMARY KEY, v text);
CREATE TABLE log (msg text);
