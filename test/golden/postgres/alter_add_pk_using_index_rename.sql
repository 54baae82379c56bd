-- A unique index built first then attached as PRIMARY KEY / UNIQUE with
-- USING INDEX (the index takes the constraint name); renamed afterwards.
CREATE TABLE sessions (token text NOT NULL, user_id int NOT NULL, device text);
CREATE UNIQUE INDEX sessions_token_uidx ON sessions (token);
CREATE UNIQUE INDEX sessions_user_device_uidx ON sessions (user_id, device);
ALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY USING INDEX sessions_token_uidx;
ALTER TABLE sessions ADD UNIQUE USING INDEX sessions_user_device_uidx;
ALTER INDEX sessions_pkey RENAME TO sessions_token_pk;
ALTER TABLE sessions RENAME CONSTRAINT sessions_user_device_uidx TO sessions_user_device_key;
