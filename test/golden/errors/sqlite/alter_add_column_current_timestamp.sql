-- expect: Runtime error near line 4: Cannot add a column with non-constant default -- only because the table has a row; on an empty table it succeeds
CREATE TABLE users (id INTEGER PRIMARY KEY);
INSERT INTO users (id) VALUES (1);
ALTER TABLE users ADD COLUMN created_at DATETIME DEFAULT CURRENT_TIMESTAMP;
