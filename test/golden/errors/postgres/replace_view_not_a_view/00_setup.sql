-- expect: success for lines 2-7; files 01-05 are each one CREATE OR REPLACE VIEW PostgreSQL 15 rejects after this setup, over a relation that is not a view (messages in expected.err, checked with psql); 06 replaces the view
CREATE TABLE x (a int);
CREATE SEQUENCE sq;
CREATE INDEX ix ON x (a);
CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a;
CREATE TABLE p (a int) PARTITION BY RANGE (a);
CREATE VIEW v AS SELECT 1 AS a;
