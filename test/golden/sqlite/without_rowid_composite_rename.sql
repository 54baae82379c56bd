-- WITHOUT ROWID tables with composite primary keys; a key column renamed,
-- an index on the table, and a referencing table rewritten by RENAME TO.
CREATE TABLE kv (ns TEXT NOT NULL, k1 TEXT NOT NULL, value BLOB, PRIMARY KEY (ns, k1)) WITHOUT ROWID;
CREATE TABLE kv_history (ns TEXT, k1 TEXT, at INTEGER, who TEXT, FOREIGN KEY (ns, k1) REFERENCES kv (ns, k1) ON UPDATE CASCADE);
CREATE INDEX kv_value ON kv (value) WHERE value IS NOT NULL;
ALTER TABLE kv RENAME COLUMN k1 TO kk;
ALTER TABLE kv RENAME TO store;
CREATE TABLE "pairs" (a INT, b INT, PRIMARY KEY (b, a)) WITHOUT ROWID;
