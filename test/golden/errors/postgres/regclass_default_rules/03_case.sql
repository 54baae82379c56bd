CREATE TABLE d3 (a bigint DEFAULT nextval('app.s'));
