-- ALTER DOMAIN: defaults and NOT NULL as the engine keeps them, CHECK constraints added, validated, renamed and dropped, and RENAME TO (columns follow), OWNER TO ignored.
CREATE DOMAIN email AS text;
CREATE DOMAIN qty AS integer DEFAULT 1;
CREATE TABLE orders (id int, contact email, n qty);
ALTER DOMAIN email SET NOT NULL;
ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE LIKE '%@%') NOT VALID;
ALTER DOMAIN email VALIDATE CONSTRAINT email_at;
ALTER DOMAIN email RENAME CONSTRAINT email_at TO has_at;
ALTER DOMAIN email DROP CONSTRAINT IF EXISTS has_at;
ALTER DOMAIN email SET DEFAULT 'nobody@example.com';
ALTER DOMAIN qty DROP DEFAULT;
ALTER DOMAIN qty SET DEFAULT 2 + 3;
ALTER DOMAIN email DROP NOT NULL;
ALTER DOMAIN qty RENAME TO quantity;
ALTER DOMAIN quantity OWNER TO CURRENT_USER;
