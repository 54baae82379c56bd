CREATE TABLE d8 (a bigint DEFAULT currval('app.s'::regclass));
