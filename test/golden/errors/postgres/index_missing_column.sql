-- expect: ERROR:  column "mail" does not exist
CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE INDEX users_mail_idx ON users (mail);
