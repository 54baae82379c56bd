-- expect: success for the setup; files 01-10 are each one statement PostgreSQL 15 rejects after this setup (messages in expected.err match psql's). 11 is accepted by PostgreSQL (TO CURRENT_USER) but fails closed: the role the migrations run as is not known offline.
CREATE TABLE t (id int, owner text, n int);
CREATE POLICY p ON t USING (n > 0);
