-- expect: Parse error near line 4: no such table: users
CREATE TABLE users (id INTEGER PRIMARY KEY);
DROP TABLE users;
DROP TABLE users;
