-- Initial users table with a serial key and a unique email.
CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);
CREATE INDEX users_name_idx ON users (name);
