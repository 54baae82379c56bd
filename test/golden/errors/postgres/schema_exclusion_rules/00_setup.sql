-- expect: success for the setup, 01 (a schema listed twice goes once), 02 (IF EXISTS of two missing schemas: notices) and 05 (INCLUDE of two columns, DEFERRABLE INITIALLY DEFERRED); 03 and 04 (a missing column in the key or in INCLUDE) are rejected by PostgreSQL 15 with the message in expected.err (checked with psql); 06 (spgist), 07 (a DESC element) and 08 (an expression element) succeed there and fail closed here
CREATE SCHEMA s1;
CREATE TABLE ex (a int, b int, r int4range);
