-- expect: success for lines 2-4; files 01-09 are each one statement PostgreSQL 15 rejects after this setup (messages in expected.err, checked with psql); 10 fails closed here (PostgreSQL 15 then looks for the table in the sequence's schema: relation "other.u8" does not exist)
CREATE SCHEMA other;
CREATE TABLE t (id integer NOT NULL, w integer);
ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.t_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);
