-- DROP TABLE ... CASCADE takes views reading it and foreign keys pointing
-- at it; DROP COLUMN CASCADE takes FKs elsewhere; RESTRICT/IF EXISTS.
CREATE TABLE authors (id int PRIMARY KEY, handle text UNIQUE, name text);
CREATE TABLE posts (id int PRIMARY KEY, author_id int REFERENCES authors, author_handle text REFERENCES authors (handle), body text);
CREATE TABLE likes (post_id int REFERENCES posts ON DELETE CASCADE, who int REFERENCES authors);
CREATE VIEW author_names AS SELECT id, name FROM authors;
CREATE VIEW post_bodies AS SELECT body FROM posts;
ALTER TABLE authors DROP COLUMN handle CASCADE;
DROP TABLE IF EXISTS nothing, posts CASCADE;
DROP VIEW IF EXISTS post_bodies;
DROP TABLE authors CASCADE;
DROP TABLE likes RESTRICT;
