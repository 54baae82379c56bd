-- Dump corners: a table with no columns but a CHECK, FORCE ROW LEVEL
-- SECURITY without ENABLE, a restrictive policy for two roles, the public
-- schema's own comment replaced, a comment on a domain.
COMMENT ON SCHEMA public IS 'application objects';
CREATE TABLE empty_checked (CHECK (true));
CREATE TABLE guarded (id int PRIMARY KEY, owner_name text);
ALTER TABLE guarded FORCE ROW LEVEL SECURITY;
CREATE POLICY only_some ON guarded AS RESTRICTIVE FOR SELECT TO pg_monitor, pg_read_all_stats USING (owner_name IS NOT NULL);
CREATE DOMAIN positive AS int CHECK (VALUE > 0);
COMMENT ON DOMAIN positive IS 'a count above zero';
