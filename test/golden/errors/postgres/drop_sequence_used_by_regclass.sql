-- expect: ERROR:  cannot drop sequence s because other objects depend on it
-- any regclass constant in a column default depends on its relation, not
-- only nextval's: here currval and a bare 'x'::regclass
CREATE SEQUENCE s;
CREATE TABLE a (x integer DEFAULT currval('s'), y regclass DEFAULT 's'::regclass);
DROP SEQUENCE s;
