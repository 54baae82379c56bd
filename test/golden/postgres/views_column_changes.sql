-- Column changes on a table that views read: a column no view's query
-- names (and no view selects *) can be renamed, retyped or dropped.
CREATE TABLE user_ (id serial PRIMARY KEY, name varchar(20) NOT NULL, icon text, fedi_name varchar(40));
CREATE VIEW user_names AS SELECT u.id, u.name FROM user_ u;
CREATE MATERIALIZED VIEW user_count AS SELECT count(id) AS n FROM user_;
ALTER TABLE user_ RENAME COLUMN icon TO avatar;
ALTER TABLE user_ ALTER COLUMN avatar TYPE varchar(200);
ALTER TABLE user_ DROP COLUMN fedi_name;
