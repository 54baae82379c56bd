-- expect: Parse error near line 3: table Users already exists -- names are case-insensitive (caret at "Users", line 3, col 14)
CREATE TABLE users (id INTEGER PRIMARY KEY);
CREATE TABLE Users (
    id INTEGER PRIMARY KEY,
    email TEXT
);
