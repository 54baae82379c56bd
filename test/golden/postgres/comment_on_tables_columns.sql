-- COMMENT ON TABLE / COLUMN set, replaced, removed with '' and NULL,
-- surviving renames and SET SCHEMA.
CREATE SCHEMA crm;
CREATE TABLE contacts (id int PRIMARY KEY, name text, phone text);
COMMENT ON TABLE contacts IS 'People we talk to';
COMMENT ON COLUMN contacts.name IS 'Full name';
COMMENT ON COLUMN contacts.phone IS 'E.164 format';
COMMENT ON COLUMN public.contacts.id IS 'surrogate key';
ALTER TABLE contacts RENAME COLUMN phone TO phone_number;
ALTER TABLE contacts RENAME TO people;
COMMENT ON COLUMN people.name IS '';
COMMENT ON COLUMN people.id IS NULL;
COMMENT ON TABLE people IS 'People we talk to (it''s quoted)';
ALTER TABLE people SET SCHEMA crm;
COMMENT ON COLUMN crm.people.phone_number IS $$dollar 'quoted'$$;
