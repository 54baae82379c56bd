-- expect: success for the setup; files 01-07, 09 and 10 are each one statement PostgreSQL 15 rejects after this setup (messages in expected.err match psql's). 08 is accepted by PostgreSQL (the column reaches the child) but fails closed: ALTERs that recurse through inheritance are not modelled yet.
CREATE TABLE a (id int, v text DEFAULT 'a');
CREATE TABLE b (id bigint, v text DEFAULT 'b');
CREATE TABLE c (v text DEFAULT 'c');
CREATE TABLE kid (x int) INHERITS (a);
CREATE TABLE pt (k int) PARTITION BY LIST (k);
