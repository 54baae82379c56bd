-- a new file starts with the default search_path
CREATE TABLE users (id int PRIMARY KEY);
DROP TABLE plain;
