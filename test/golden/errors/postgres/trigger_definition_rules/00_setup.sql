-- expect: success for lines 2-7; files 01-24 are each one CREATE TRIGGER PostgreSQL 15 rejects after this setup (messages in expected.err, checked with psql), 25-27 are syntax errors there and fail closed here, 28 fails closed (PostgreSQL clones a row trigger onto the partitions), 29-31 PostgreSQL accepts
CREATE TABLE tt (a int, b text);
CREATE TABLE pp (a int) PARTITION BY RANGE (a);
CREATE TABLE pc PARTITION OF pp FOR VALUES FROM (1) TO (10);
CREATE TABLE ih (c int) INHERITS (tt);
CREATE TABLE lone (a int) PARTITION BY LIST (a);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
