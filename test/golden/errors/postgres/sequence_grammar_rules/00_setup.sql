-- expect: success for lines 2-4; 01-02 are rejected by PostgreSQL 15 after this setup with the messages in expected.err (checked with psql); 03-14 are syntax errors there (at the token named, or at the end) and fail closed here without dropping or changing anything; 15-20 succeed
CREATE SEQUENCE sa;
CREATE SEQUENCE sb;
CREATE TABLE t (v int);
