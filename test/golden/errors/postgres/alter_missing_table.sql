-- expect: ERROR:  relation "user_profiles" does not exist
CREATE TABLE users (id integer PRIMARY KEY);
ALTER TABLE user_profiles ADD COLUMN bio text;
