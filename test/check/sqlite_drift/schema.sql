CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL, created_at TEXT);
CREATE INDEX notes_created ON notes (created_at);
