CREATE SCHEMA crm;
CREATE TABLE crm.accounts (id int PRIMARY KEY, name text, "Notes" text);
COMMENT ON TABLE crm.accounts IS 'Customer accounts';
COMMENT ON COLUMN crm.accounts.name IS 'Display name; it''s shown in the UI';
COMMENT ON COLUMN crm.accounts."Notes" IS E'multi\nline';
CREATE TABLE t (a int);
COMMENT ON TABLE t IS 'temporary';
COMMENT ON TABLE t IS NULL;
COMMENT ON COLUMN t.a IS '';
