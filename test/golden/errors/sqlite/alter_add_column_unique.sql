-- expect: Parse error near line 3: Cannot add a UNIQUE column
CREATE TABLE users (id INTEGER PRIMARY KEY);
ALTER TABLE users ADD COLUMN email TEXT UNIQUE;
