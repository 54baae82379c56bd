-- expect: success for lines 2-3; 01-12 are each one statement PostgreSQL 15 rejects because the type's input function does not take a literal (messages in expected.err, checked with psql); the table of a failed CREATE TABLE is not left behind (13 makes it); 14 succeeds
CREATE TABLE z (a int, f boolean, u uuid);
CREATE DOMAIN small_d AS smallint;
