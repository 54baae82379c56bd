-- expect: ERROR:  schema "nosuch" does not exist
CREATE TABLE t (a bigint DEFAULT nextval('nosuch.s'));
