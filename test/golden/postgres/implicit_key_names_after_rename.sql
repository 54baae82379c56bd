-- Implicit constraint names collide with names left behind by renames:
-- _pkey after a table rename, _key1 after a column rename.
CREATE TABLE accounts (id int PRIMARY KEY, email text UNIQUE);
ALTER TABLE accounts RENAME TO accounts_old;
CREATE TABLE accounts (id int PRIMARY KEY, email text UNIQUE);
CREATE TABLE users (login text UNIQUE, mail text);
ALTER TABLE users RENAME COLUMN login TO mail_login;
ALTER TABLE users RENAME COLUMN mail TO login;
ALTER TABLE users ADD UNIQUE (login);
ALTER TABLE users ADD CONSTRAINT users_pkey UNIQUE (mail_login);
ALTER TABLE users ADD PRIMARY KEY (login);
