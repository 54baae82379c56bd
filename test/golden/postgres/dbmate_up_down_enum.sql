-- A dbmate migration: the migrate:up section creates an enum and a table,
-- migrate:down would drop them and is not replayed.
-- migrate:up
CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE support_tickets (
    id bigserial PRIMARY KEY,
    priority ticket_priority NOT NULL DEFAULT 'normal',
    subject varchar(200) NOT NULL,
    opened_at timestamp without time zone DEFAULT LOCALTIMESTAMP
);
ALTER TYPE ticket_priority ADD VALUE 'urgent' AFTER 'high';

-- migrate:down
DROP TABLE support_tickets;
DROP TYPE ticket_priority;
