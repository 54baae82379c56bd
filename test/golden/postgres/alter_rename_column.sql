CREATE TABLE users (id serial PRIMARY KEY, mail text NOT NULL UNIQUE, age int CHECK (age >= 18));
CREATE TABLE posts (id serial PRIMARY KEY, author int REFERENCES users (id), title text);
CREATE INDEX users_mail_lower ON users (lower(mail)) WHERE age > 20;
ALTER TABLE users RENAME COLUMN mail TO email;
ALTER TABLE users RENAME id TO user_id;
ALTER TABLE users RENAME COLUMN age TO "Age Years";
