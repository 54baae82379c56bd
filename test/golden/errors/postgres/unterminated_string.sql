-- expect: ERROR:  unterminated quoted string at or near "'untitled, ..." -- at line 4, col 26 (the opening quote; psql: "LINE 3:")
CREATE TABLE labels (
    id integer PRIMARY KEY,
    caption text DEFAULT 'untitled,
    color text
);
