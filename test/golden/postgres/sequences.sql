-- Sequences: created, owned, retyped, dropped.
CREATE SEQUENCE order_numbers;
CREATE SEQUENCE IF NOT EXISTS order_numbers;
CREATE SEQUENCE small_seq AS smallint INCREMENT BY 2 START WITH 10 MINVALUE 10 MAXVALUE 1000 CACHE 1 NO CYCLE;
CREATE TABLE invoices (id bigint PRIMARY KEY DEFAULT nextval('order_numbers'), code int);
ALTER SEQUENCE order_numbers OWNED BY invoices.id;
CREATE SEQUENCE code_seq AS integer OWNED BY invoices.code;
ALTER SEQUENCE small_seq AS integer RESTART WITH 20;
ALTER SEQUENCE IF EXISTS no_such_seq OWNED BY NONE;
CREATE SEQUENCE to_drop;
DROP SEQUENCE IF EXISTS to_drop, never_existed;
