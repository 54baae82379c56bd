-- expect: ERROR:  table "users" does not exist (on line 4, the second DROP)
CREATE TABLE users (id integer PRIMARY KEY);
DROP TABLE users;
DROP TABLE users;
