-- expect: Parse error near line 3: no such column: mail -- caret at line 3, col 35
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
CREATE INDEX users_mail ON users (mail);
