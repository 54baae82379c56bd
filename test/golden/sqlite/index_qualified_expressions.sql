-- CREATE INDEX with a schema-qualified index name (the table is looked up
-- in that schema), expression keys with DESC and a partial WHERE, and IF
-- NOT EXISTS on an existing index (nothing changes).
CREATE TABLE t (id integer PRIMARY KEY, v text);
CREATE INDEX main.i1 ON t (v);
CREATE INDEX i5 ON t (v || 'x', id + 1 DESC) WHERE id > 0;
CREATE INDEX IF NOT EXISTS i1 ON t (id);
