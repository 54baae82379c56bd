-- expect: Parse error near line 2: duplicate column name: EMAIL
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT,
    EMAIL VARCHAR(100)
);
