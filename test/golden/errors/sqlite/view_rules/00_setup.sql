-- expect: success for the setup; each later file is one statement against it, run on its own; the messages in expected.err are sqlite3's (checked by hand with Python's sqlite3, SQLite 3.40).
CREATE TABLE people (id INTEGER, name TEXT);
CREATE VIEW v_base AS SELECT id, name FROM people;
CREATE VIEW v_two AS SELECT id FROM people;
