-- expect: ERROR:  relation "users" already exists
CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text
);
