-- expect: Parse error near line 3: no such table: main.accounts
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
CREATE INDEX accounts_email ON accounts (email);
