-- expect: success for the setup; each case 01-07 is one CREATE TABLE with a constraint attribute PostgreSQL 15 rejects (messages in expected.err, checked with psql): NO INHERIT and NOT VALID on table constraints other than CHECK (and NOT VALID other than FOREIGN KEY), DEFERRABLE after a column CHECK or on no constraint at all
CREATE TABLE ref (id int PRIMARY KEY);
