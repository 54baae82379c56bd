CREATE TABLE users (id serial PRIMARY KEY, name text, legacy text, age int);
CREATE TABLE scratch (id int);
