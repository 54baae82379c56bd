-- A domain's default that names a sequence in a regclass constant: it
-- follows renames and SET SCHEMA of the sequence (PostgreSQL keeps the
-- OID); the domain depends on it (see the error cases).
CREATE SCHEMA other;
CREATE SEQUENCE ticket_seq;
CREATE DOMAIN ticket_no AS bigint DEFAULT nextval('ticket_seq');
CREATE SEQUENCE batch_seq;
CREATE DOMAIN batch_no AS int DEFAULT nextval('public.batch_seq'::regclass);
CREATE TABLE tickets (no ticket_no, batch batch_no);
ALTER SEQUENCE ticket_seq RENAME TO ticket_numbers;
ALTER SEQUENCE batch_seq SET SCHEMA other;
