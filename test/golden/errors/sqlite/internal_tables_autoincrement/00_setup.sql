-- expect: success for lines 2-4; 01-15 are each rejected by sqlite3 3.40.1 after this setup (messages in expected.err): AUTOINCREMENT not on an INTEGER PRIMARY KEY (column-level DESC, int, two columns) or on a WITHOUT ROWID table; changes to sqlite_master (and its alias sqlite_schema) and to sqlite_sequence, which the AUTOINCREMENT table made; DROP VIEW of a table and DROP TABLE of a view, with IF EXISTS too; two names in DROP VIEW. 16-17 succeed (a table-level PRIMARY KEY (id DESC AUTOINCREMENT) is the rowid)
CREATE TABLE counted (id INTEGER PRIMARY KEY AUTOINCREMENT, v text);
CREATE VIEW counted_v AS SELECT * FROM counted;
CREATE VIEW counted_w AS SELECT * FROM counted;
