-- expect: ERROR:  column "email" of relation "users" already exists
CREATE TABLE users (id integer PRIMARY KEY, email text);
ALTER TABLE users ADD COLUMN email varchar(255);
