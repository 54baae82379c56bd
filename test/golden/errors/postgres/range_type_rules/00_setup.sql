-- expect: success for lines 2-3; each later file is one statement PostgreSQL 15 rejects after this setup, with the message in expected.err (checked one by one with psql)
CREATE TYPE uuidrange AS RANGE (subtype = uuid);
CREATE TABLE t (r uuidrange);
