-- expect: Parse error near line 3: duplicate column name: Email
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
ALTER TABLE users ADD COLUMN Email VARCHAR(255);
