-- The 12-step table rebuild SQLite recommends for changes ALTER cannot do.
PRAGMA foreign_keys = OFF;
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, age INT);
CREATE INDEX users_email ON users (email);
BEGIN;
CREATE TABLE new_users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, age INTEGER CHECK (age >= 0));
INSERT INTO new_users (id, email, age) SELECT id, email, age FROM users;
DROP TABLE users;
ALTER TABLE new_users RENAME TO users;
CREATE INDEX users_email ON users (email);
COMMIT;
PRAGMA foreign_keys = ON;
