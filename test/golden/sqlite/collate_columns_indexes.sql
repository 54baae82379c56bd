-- COLLATE on columns (NOCASE, RTRIM, BINARY) and in index keys; a unique
-- index on a collated expression; ADD COLUMN with COLLATE.
CREATE TABLE words (
    id INTEGER PRIMARY KEY,
    w TEXT COLLATE NOCASE NOT NULL,
    padded TEXT COLLATE RTRIM,
    exact TEXT COLLATE BINARY UNIQUE
);
CREATE UNIQUE INDEX words_w ON words (w COLLATE NOCASE);
CREATE INDEX words_padded ON words (padded COLLATE BINARY DESC);
CREATE INDEX words_lower ON words (lower(w) COLLATE RTRIM);
ALTER TABLE words ADD COLUMN tag TEXT COLLATE NOCASE DEFAULT 'x';
