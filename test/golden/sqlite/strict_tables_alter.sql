-- STRICT tables (ANY, INT, INTEGER, REAL, TEXT, BLOB), with and without
-- WITHOUT ROWID, columns added, renamed and dropped.
CREATE TABLE metrics (id INTEGER PRIMARY KEY, name TEXT NOT NULL, reading REAL, raw BLOB, extra ANY) STRICT;
CREATE TABLE tags (name TEXT PRIMARY KEY, n INT DEFAULT 0) STRICT, WITHOUT ROWID;
ALTER TABLE metrics ADD COLUMN unit TEXT DEFAULT 'ms';
ALTER TABLE metrics RENAME COLUMN reading TO val;
ALTER TABLE metrics DROP COLUMN raw;
ALTER TABLE tags ADD COLUMN note TEXT;
CREATE INDEX metrics_name ON metrics (name, val DESC);
