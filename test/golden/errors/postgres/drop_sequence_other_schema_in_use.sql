-- expect: ERROR:  cannot drop sequence s because other objects depend on it
-- the default is in another schema than the sequence
CREATE SCHEMA app;
CREATE SEQUENCE s;
CREATE TABLE app.t (x bigint DEFAULT nextval('public.s'));
DROP SEQUENCE s;
