-- ADD PRIMARY KEY / UNIQUE USING INDEX: the constraint takes the index,
-- renamed to the constraint's name; a primary key's columns become NOT NULL.
CREATE TABLE cron_ref (id uuid, parent text, name text);
CREATE UNIQUE INDEX cron_ref_pkey ON cron_ref (id);
ALTER TABLE cron_ref ADD CONSTRAINT cron_ref_pkey PRIMARY KEY USING INDEX cron_ref_pkey;
CREATE UNIQUE INDEX cron_ref_parent_name_idx ON cron_ref (parent, name);
ALTER TABLE cron_ref ADD CONSTRAINT cron_ref_parent_name_key UNIQUE USING INDEX cron_ref_parent_name_idx DEFERRABLE;

CREATE TABLE idem (tenant uuid NOT NULL, key text NOT NULL, id bigint PRIMARY KEY);
CREATE UNIQUE INDEX idem_unique_tenant_key ON idem (tenant, key);
ALTER TABLE idem DROP CONSTRAINT idem_pkey;
ALTER TABLE idem ADD CONSTRAINT idem_pkey PRIMARY KEY USING INDEX idem_unique_tenant_key;
CREATE INDEX idem_id_idx ON idem (id);

-- without a constraint name the constraint takes the index's
CREATE TABLE plain (a int, b int);
CREATE UNIQUE INDEX plain_ab ON plain (a, b) NULLS NOT DISTINCT;
ALTER TABLE plain ADD UNIQUE USING INDEX plain_ab;

-- INCLUDE columns are part of the chosen name, and of the definition
CREATE TABLE session (id int, created_at timestamptz, expires_at timestamptz, "User Id" int);
CREATE INDEX ON session (created_at) INCLUDE (expires_at, "User Id");
CREATE UNIQUE INDEX session_id_inc ON session (id) INCLUDE (expires_at) NULLS DISTINCT;
ALTER TABLE session RENAME COLUMN expires_at TO expires;
ALTER TABLE session DROP COLUMN "User Id";
