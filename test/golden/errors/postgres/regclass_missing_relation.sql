-- expect: ERROR:  relation "public.s4" does not exist
-- a regclass constant is resolved when the statement runs
CREATE SCHEMA seqs;
CREATE SEQUENCE seqs.s4;
CREATE TABLE t (d bigint DEFAULT nextval('public.s4'));
