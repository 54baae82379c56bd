-- Expression, partial and INCLUDE indexes follow a column rename: the
-- definition and predicate print the new name.
CREATE TABLE users (id int PRIMARY KEY, email text, deleted_at timestamptz, tenant int);
CREATE INDEX users_email_lower ON users (lower(email));
CREATE INDEX users_live ON users (tenant) INCLUDE (email) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX users_tenant_email ON users (tenant, lower(email)) WHERE deleted_at IS NULL;
ALTER TABLE users RENAME COLUMN email TO email_address;
ALTER TABLE users RENAME COLUMN deleted_at TO removed_at;
ALTER TABLE users RENAME COLUMN tenant TO tenant_id;
