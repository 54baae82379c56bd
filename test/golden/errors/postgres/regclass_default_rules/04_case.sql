CREATE TABLE d4 (a bigint DEFAULT nextval('app.nosuch'));
