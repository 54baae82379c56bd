-- expect: success for the setup; each case 01-05 is rejected by SQLite 3.40 with the message in expected.err (checked with sqlite3): WITHOUT ROWID needs a primary key, sqlite_ names are reserved, a table cannot take an index's name, a table needs a column; 06 (a table in the temp schema: a temporary table there) fails closed here
CREATE TABLE t (a integer);
CREATE INDEX ix ON t (a);
