-- Both tables moved into an auth schema; the search_path of this file
-- starts from the default again.
CREATE SCHEMA auth;
ALTER TABLE accounts SET SCHEMA auth;
ALTER TABLE profiles SET SCHEMA auth;
SET search_path TO auth, public;
ALTER TABLE accounts ADD COLUMN disabled_at timestamptz;
