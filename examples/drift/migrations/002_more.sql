-- Later changes, some of which never reached schema.sql.
ALTER TYPE ticket_state ADD VALUE 'on_hold' BEFORE 'closed';
ALTER TABLE users ADD COLUMN karma integer NOT NULL DEFAULT 0;
ALTER TABLE tickets ALTER COLUMN title TYPE varchar(200);
CREATE INDEX tickets_author_idx ON tickets (author_id);
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    entry jsonb NOT NULL
);
