-- Standalone sequences used by defaults: OWNED BY, renamed (the default's
-- regclass follows), moved to another schema, and a table drop takes the
-- owned sequence with it.
CREATE SCHEMA ids;
CREATE SEQUENCE invoice_no START 1000;
CREATE SEQUENCE ticket_seq AS integer;
CREATE TABLE invoices (
    no bigint NOT NULL DEFAULT nextval('invoice_no') PRIMARY KEY,
    ticket int DEFAULT nextval('ticket_seq'::regclass)
);
ALTER SEQUENCE invoice_no OWNED BY invoices.no;
ALTER SEQUENCE invoice_no RENAME TO invoice_number_seq;
ALTER SEQUENCE ticket_seq SET SCHEMA ids;
CREATE TABLE scratch (n int);
CREATE SEQUENCE scratch_n_seq OWNED BY scratch.n;
ALTER TABLE scratch ALTER COLUMN n SET DEFAULT nextval('scratch_n_seq');
DROP TABLE scratch;
