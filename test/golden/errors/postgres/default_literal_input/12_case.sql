CREATE TABLE x (id serial, a int DEFAULT nextval('nosuch'));
