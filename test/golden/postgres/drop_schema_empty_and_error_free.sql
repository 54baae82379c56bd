-- Schemas created, emptied and dropped; DROP SCHEMA IF EXISTS of several
-- names; the public schema keeps its tables.
CREATE SCHEMA staging;
CREATE SCHEMA IF NOT EXISTS scratch AUTHORIZATION postgres;
CREATE TABLE staging.imports (id int, raw text);
CREATE TABLE keepme (id int);
DROP TABLE staging.imports;
DROP SCHEMA staging;
DROP SCHEMA IF EXISTS scratch, never_existed RESTRICT;
CREATE SCHEMA staging;
CREATE TABLE staging.again (n int);
