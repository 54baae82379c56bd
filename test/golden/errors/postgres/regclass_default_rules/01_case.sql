CREATE TABLE d1 (a bigint DEFAULT nextval('nosuch'));
