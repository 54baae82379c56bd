-- expect: success for lines 2-3; 01-14 are each one CREATE TABLE PostgreSQL 15 rejects for its type modifiers (messages in expected.err, checked with psql), 15-25 are syntax errors there (keyword types INT, INTEGER, BIGINT, SMALLINT, REAL, DOUBLE PRECISION and BOOLEAN take no modifier; CHARACTER, VARCHAR, TIMESTAMP and INTERVAL take one) and fail closed here
CREATE TYPE mood AS ENUM ('calm');
CREATE SCHEMA app;
