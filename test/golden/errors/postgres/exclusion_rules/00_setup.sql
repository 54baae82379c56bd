-- expect: success for lines 2-3; files 01-04 are each one statement PostgreSQL 15 rejects after this setup (messages in expected.err, checked with psql). 05 and 06 fail closed because the operator class cannot be known here; PostgreSQL rejects them with "data type integer has no default operator class for access method gist" and "operator <>(integer,integer) is not a member of operator family integer_ops"
CREATE TABLE t (a int, r int4range);
CREATE TABLE p (a int, r int4range) PARTITION BY RANGE (a);
