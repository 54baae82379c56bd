-- expect: success (SQLite rewrites the view's stored text: SELECT title FROM "items" ...); rewriting view texts is not modelled, so both renames fail closed
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
CREATE VIEW names AS SELECT name FROM t WHERE id > 0;
ALTER TABLE t RENAME COLUMN name TO title;
ALTER TABLE t RENAME TO items;
