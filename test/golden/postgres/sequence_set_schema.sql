-- ALTER SEQUENCE ... SET SCHEMA: defaults that call nextval of it name it
-- schema-qualified; moving it into the schema it is in does nothing.
CREATE SCHEMA other;
CREATE SEQUENCE s1;
CREATE TABLE t (id serial, v bigint DEFAULT nextval('s1'));
ALTER SEQUENCE s1 SET SCHEMA other;
ALTER SEQUENCE other.s1 SET SCHEMA other;
CREATE SEQUENCE s1 AS smallint;
ALTER SEQUENCE IF EXISTS nothing_here SET SCHEMA other;
