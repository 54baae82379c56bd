-- Columns renamed and an unused column dropped.
ALTER TABLE notes RENAME COLUMN created TO created_at;
ALTER TABLE notes DROP COLUMN body;
ALTER TABLE folders RENAME TO notebooks;
ALTER TABLE notes ADD COLUMN content TEXT NOT NULL DEFAULT '';
