-- Comments inside CREATE TABLE are kept in sqlite_schema.sql; a comment after
-- the closing parenthesis is not (for tables without options).
CREATE TABLE IF NOT EXISTS "notes" (  -- comment after the paren
    id INTEGER PRIMARY KEY, /* block comment */
    title TEXT NOT NULL,   -- trailing comment; with a semicolon
    /* a comment line
       spanning lines */
    body TEXT DEFAULT '' -- the body
) -- trailing comment after the table
;
-- CREATE TABLE commented_out (x);
/* CREATE TABLE also_commented (y); */
CREATE INDEX notes_title ON notes (title) -- trailing comment on an index
;
ALTER TABLE notes ADD COLUMN c INT DEFAULT 0;
