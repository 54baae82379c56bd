-- expect: success for the setup and 03 (the second IF NOT EXISTS is a notice, column "d" of relation "t" already exists, skipping: d is added once); 01 and 02 are rejected by PostgreSQL 15 with the message in expected.err (checked with psql): RENAME after another action, the same new column twice in one statement
CREATE TABLE t (id int PRIMARY KEY, a int, b int);
