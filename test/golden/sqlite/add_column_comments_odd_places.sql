-- ADD COLUMN with block comments in odd places and trailing comments on
-- other lines; the stored text keeps what SQLite splices in.
CREATE TABLE notes (id INTEGER PRIMARY KEY /* the key */, body TEXT -- the body
);
ALTER TABLE notes ADD COLUMN /* c1 */ title /* c2 */ TEXT /* c3 */ DEFAULT 'untitled';
ALTER TABLE notes ADD
    COLUMN
    pinned INTEGER    NOT NULL
    DEFAULT 0;
ALTER TABLE /* which */ notes ADD COLUMN "color" TEXT /* trailing block */;
ALTER TABLE notes ADD COLUMN tags TEXT DEFAULT '--not a comment';
