-- A regclass constant in nextval() is kept as the engine keeps it (a reference): printed unqualified when visible, and it follows the sequence through SET SCHEMA and RENAME, however it was spelled.
CREATE SCHEMA seqs;
CREATE SEQUENCE s_big;
CREATE SEQUENCE s2;
CREATE SEQUENCE seqs.s4;
CREATE TABLE t (c bigint DEFAULT nextval('public.s_big'::regclass), d bigint DEFAULT nextval('public.s2'), e bigint DEFAULT nextval('seqs.s4'), f bigint DEFAULT nextval('"public"."s2"'));
ALTER SEQUENCE s_big SET SCHEMA seqs;
ALTER SEQUENCE public.s2 RENAME TO s3;
ALTER SEQUENCE seqs.s4 SET SCHEMA public;
