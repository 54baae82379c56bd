-- The SQLite schema an app ships for local use.
CREATE TABLE Users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    score REAL,
    avatar BLOB,
    notes TEXT
);
CREATE INDEX users_email_active ON Users (email, active);
