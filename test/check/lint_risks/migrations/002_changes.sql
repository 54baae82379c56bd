ALTER TABLE users DROP COLUMN legacy;
ALTER TABLE users RENAME COLUMN name TO full_name;
ALTER TABLE users ALTER COLUMN age TYPE bigint;
ALTER TABLE users ALTER COLUMN full_name SET NOT NULL;
ALTER TABLE users ADD COLUMN email text NOT NULL;
ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN n serial NOT NULL;
DROP TABLE scratch;
ALTER TABLE users RENAME TO members;
ALTER TABLE members DROP COLUMN missing;
