-- Notes app, first version.
CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT, created INTEGER);
CREATE INDEX notes_created ON notes (created);
