-- expect: success for the setup and 03 (a CHECK and a foreign key named like constraints of another table: names are per table); 01, 02 and 04 are rejected by PostgreSQL 15 with the message in expected.err (checked with psql): a CHECK, a foreign key and a UNIQUE named like a constraint the table has
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (a int CONSTRAINT a_positive CHECK (a > 0), b int CONSTRAINT b_ref REFERENCES p);
CREATE TABLE other (x int);
