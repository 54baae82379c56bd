-- expect: Parse error near line 2: unrecognized token: "'untitled, ..." -- the quote opens at line 4, col 26 and runs to end of input
CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    caption TEXT DEFAULT 'untitled,
    color TEXT
);
