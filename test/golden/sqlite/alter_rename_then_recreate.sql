-- engine: success (users is renamed away, so CREATE TABLE IF NOT EXISTS users creates a new table)
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
ALTER TABLE users RENAME TO old_users;
CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT, email TEXT);
