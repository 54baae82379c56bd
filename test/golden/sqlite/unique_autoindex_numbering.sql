-- Autoindexes are numbered in the order the constraints appear (the PRIMARY KEY
-- is not first unless it comes first); pragma index_list lists newest first.
CREATE TABLE people (
    nickname TEXT UNIQUE,
    id INT PRIMARY KEY,
    email TEXT UNIQUE,
    first TEXT,
    last TEXT,
    UNIQUE (first, last)
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    login TEXT UNIQUE,
    email TEXT,
    CONSTRAINT accounts_email_uq UNIQUE (email)
);

CREATE INDEX people_last ON people (last);
