-- Table renamed to accounts (keys keep the users_ names), email widened,
-- id moved to bigint, a profile table referencing it.
ALTER TABLE users RENAME TO accounts;
ALTER TABLE accounts ALTER COLUMN email TYPE text;
ALTER TABLE accounts ALTER COLUMN id TYPE bigint;
CREATE TABLE profiles (account_id bigint PRIMARY KEY REFERENCES accounts ON DELETE CASCADE, bio text DEFAULT '');
