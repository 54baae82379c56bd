-- expect: success for the setup and for 03 (IF NOT EXISTS: nothing changes), 06 and 10; 01, 02, 04, 05, 07, 08, 09 and 11 are each rejected by SQLite with the message in expected.err (checked with sqlite3 3.40.1).
CREATE TABLE t (id integer PRIMARY KEY, v text);
CREATE INDEX t_v ON t (v);
