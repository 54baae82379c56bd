-- A SaaS schema (orgs, users, memberships, audit log) evolved over several
-- ALTERs: columns added with defaults, keys renamed, an FK re-pointed.
CREATE TABLE orgs (
    id bigserial PRIMARY KEY,
    slug varchar(64) NOT NULL UNIQUE,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    display_name text
);
CREATE TABLE memberships (
    org_id bigint NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role text NOT NULL DEFAULT 'member',
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX ON memberships (user_id);
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id bigint REFERENCES orgs,
    actor_id bigint,
    action text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    at timestamptz DEFAULT CURRENT_TIMESTAMP
);
ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('owner', 'admin', 'member'));
ALTER TABLE audit_log ADD CONSTRAINT audit_log_actor_fkey FOREIGN KEY (actor_id) REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX audit_log_org_at_idx ON audit_log (org_id, at DESC);
ALTER TABLE users ADD COLUMN is_admin boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN last_seen timestamp(3) with time zone;
ALTER TABLE orgs RENAME COLUMN slug TO handle;
ALTER TABLE memberships RENAME TO org_members;
ALTER INDEX memberships_user_id_idx RENAME TO org_members_user_id_idx;
ALTER TABLE org_members ADD COLUMN invited_by bigint REFERENCES users (id);
