-- expect: success for the setup and for 08 (a RENAME without COLUMN to a quoted name); 01-07 are each rejected by SQLite with the message in expected.err (checked with sqlite3 3.40.1): a reserved name, a table or an index (any case) already named so, a duplicate column name, a primary key column dropped, a missing column; 09-11 too: a rename to the table's own name (any case), and a column renamed to another's name in another case (SQLite names the existing column).
CREATE TABLE t (id integer PRIMARY KEY AUTOINCREMENT, v text, w text);
CREATE TABLE t2 (a int);
CREATE INDEX t2_a ON t2 (a);
