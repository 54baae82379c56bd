-- expect: success for the setup; each case 01-06 is an ALTER TABLE form SQLite 3.40 does not have, rejected with the syntax error in expected.err (checked with sqlite3)
CREATE TABLE t (id integer PRIMARY KEY, a text, b text);
