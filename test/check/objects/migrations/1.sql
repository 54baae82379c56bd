CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE people (id int PRIMARY KEY, email citext, name text);
CREATE MATERIALIZED VIEW people_count AS SELECT count(*) AS n FROM people;
CREATE SEQUENCE ticket_no;
