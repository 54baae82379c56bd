-- Folders added; notes get a folder reference via ADD COLUMN.
CREATE TABLE folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
ALTER TABLE notes ADD COLUMN folder_id INTEGER REFERENCES folders (id) ON DELETE SET NULL;
CREATE INDEX notes_folder ON notes (folder_id);
