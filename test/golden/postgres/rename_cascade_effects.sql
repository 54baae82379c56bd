-- Renames carry along: the table keeps old_pkey and old_id_seq, foreign keys
-- elsewhere follow, and indexes keep their names.
CREATE TABLE user_ (id serial PRIMARY KEY, name text UNIQUE);
CREATE TABLE post (id serial PRIMARY KEY, creator_id int REFERENCES user_ (id));
CREATE INDEX post_creator ON post (creator_id);
ALTER TABLE user_ RENAME TO person;
ALTER TABLE post RENAME COLUMN creator_id TO author_id;
ALTER INDEX post_creator RENAME TO post_author;
ALTER TABLE person RENAME CONSTRAINT user__name_key TO person_name_key;
