-- expect: success for the setup; 01-06 are each one DROP TYPE PostgreSQL 15 rejects after this setup because a domain, a range, a composite type or a function uses the type (messages in expected.err, checked with psql; the plural one when the statement drops several, skipped names not counted); 07-09 succeed (the dependent goes in the same statement, or first); 10 fails closed (CASCADE would drop those too)
CREATE TYPE mood AS ENUM ('a');
CREATE DOMAIN happy AS mood;
CREATE TYPE comp AS (m mood[], x int);
CREATE TYPE mr AS RANGE (subtype = int4);
CREATE TYPE wrap AS (r mr);
CREATE FUNCTION f(m mood) RETURNS int LANGUAGE sql AS 'select 1';
CREATE TYPE lonely AS ENUM ('z');
CREATE FUNCTION g() RETURNS lonely LANGUAGE sql AS $$select 'z'::lonely$$;
