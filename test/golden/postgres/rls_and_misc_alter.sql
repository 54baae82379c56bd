-- Row level security flags and storage settings.
CREATE TABLE secret (id int, owner text);
ALTER TABLE secret ENABLE ROW LEVEL SECURITY;
ALTER TABLE secret FORCE ROW LEVEL SECURITY;
ALTER TABLE secret SET (fillfactor = 70);
ALTER TABLE secret NO FORCE ROW LEVEL SECURITY;
ALTER TABLE ONLY secret ALTER COLUMN owner SET DEFAULT current_user;
