-- expect: success for the setup; each case 01-09 is rejected by SQLite 3.40 with the message in expected.err (checked with sqlite3): PostgreSQL-only statements (CREATE EXTENSION, DROP SCHEMA, CREATE SCHEMA), two primary keys, unknown columns in FOREIGN KEY / PRIMARY KEY / UNIQUE lists, a PRIMARY KEY column added by ALTER TABLE, USING INDEX
CREATE TABLE p (id integer PRIMARY KEY, v text);
