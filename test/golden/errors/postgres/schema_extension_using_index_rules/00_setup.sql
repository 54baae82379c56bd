-- expect: success for the setup; 01-06 are each rejected by PostgreSQL 15 with the message in expected.err (checked with psql): a pg_ schema name, an extension created twice or into a missing schema, USING INDEX of an index a constraint already has, of a NULLS FIRST index, a second primary key
CREATE EXTENSION citext;
CREATE TABLE t (id int PRIMARY KEY, a int, b int, name text);
CREATE UNIQUE INDEX t_a_nf ON t (a NULLS FIRST);
CREATE UNIQUE INDEX t_b_key2 ON t (b);
