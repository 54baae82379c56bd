-- expect: success for lines 2-4; files 01-03 are each one statement PostgreSQL 15 rejects after this setup (messages in expected.err, checked with psql); 04 succeeds there (the table goes too) and fails closed here
CREATE SCHEMA full_one;
CREATE TABLE full_one.t (id int);
CREATE SCHEMA empty_one;
