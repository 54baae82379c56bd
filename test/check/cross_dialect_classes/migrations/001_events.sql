-- SQLite migrations of the same app.
CREATE TABLE Events (
    id INTEGER PRIMARY KEY,
    payload TEXT,
    ref TEXT,
    tags TEXT,
    flag INTEGER NOT NULL DEFAULT 0,
    seen BOOLEAN DEFAULT 0,
    at TEXT DEFAULT CURRENT_TIMESTAMP,
    ratio REAL DEFAULT 0.75,
    kind TEXT DEFAULT 'a',
    mac BLOB,
    UserName TEXT,
    note
);
CREATE INDEX events_at ON Events (at DESC);
CREATE INDEX events_kind_ratio ON Events (kind, ratio);
CREATE TABLE extra_only (id INTEGER PRIMARY KEY, v TEXT);
