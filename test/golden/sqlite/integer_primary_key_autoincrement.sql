-- INTEGER PRIMARY KEY is the rowid alias (no index); AUTOINCREMENT also creates
-- the internal sqlite_sequence table.
CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT
);

CREATE TABLE sessions (
    id integer primary key,
    user_id INTEGER NOT NULL REFERENCES users(id),
    token TEXT NOT NULL
);

CREATE TABLE events (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind TEXT
);
