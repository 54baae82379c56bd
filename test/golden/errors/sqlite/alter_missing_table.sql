-- expect: Parse error near line 3: no such table: user_profiles
CREATE TABLE users (id INTEGER PRIMARY KEY);
ALTER TABLE user_profiles ADD COLUMN bio TEXT;
