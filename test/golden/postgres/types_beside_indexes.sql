-- Indexes and sequences have no row type: an enum, domain or range may take their names (a composite type may not, being a relation itself).
CREATE TABLE t (id int);
CREATE INDEX foo ON t (id);
CREATE SEQUENCE s;
CREATE TYPE foo AS ENUM ('a');
CREATE TYPE s AS ENUM ('b');
CREATE DOMAIN foo2 AS int;
CREATE INDEX foo2 ON t (id);
CREATE SEQUENCE foo3;
CREATE TYPE foo3 AS RANGE (subtype = int8);
CREATE TABLE uses (a foo, b s, c foo2, d foo3);
