-- DROP SCHEMA: empty schemas go; IF EXISTS skips missing ones; several at once.
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE SCHEMA "Keep";
CREATE TABLE "Keep".t (id int);
DROP SCHEMA a;
DROP SCHEMA IF EXISTS nope, b RESTRICT;
DROP SCHEMA IF EXISTS nope2;
CREATE SCHEMA a;
CREATE TABLE a.t (x int);
