-- expect: Runtime error near line 4: Cannot add a NOT NULL column with default value NULL -- only because the table has a row; on an empty table it succeeds
CREATE TABLE users (id INTEGER PRIMARY KEY);
INSERT INTO users (id) VALUES (1);
ALTER TABLE users ADD COLUMN email TEXT NOT NULL;
