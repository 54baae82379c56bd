CREATE TABLE d2 (a bigint DEFAULT nextval('nope.s'));
