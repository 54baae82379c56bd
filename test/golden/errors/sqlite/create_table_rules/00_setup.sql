-- expect: success for the setup; each case 01-03 is rejected by SQLite 3.40 with the message in expected.err (checked with sqlite3): WITHOUT ROWID needs a primary key, sqlite_ names are reserved
CREATE TABLE t (a integer);
