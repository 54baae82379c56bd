CREATE SCHEMA archive;
CREATE TABLE logs (id bigserial PRIMARY KEY, msg text, at timestamptz DEFAULT now());
CREATE INDEX logs_at_idx ON logs (at);
CREATE TABLE log_refs (log_id bigint REFERENCES logs);
ALTER TABLE logs ENABLE ROW LEVEL SECURITY;
ALTER TABLE logs FORCE ROW LEVEL SECURITY;
ALTER TABLE logs SET SCHEMA archive;
ALTER TABLE archive.logs NO FORCE ROW LEVEL SECURITY;
