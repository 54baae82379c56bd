-- A small ticketing app: the first migration.
CREATE TYPE ticket_state AS ENUM ('open', 'closed');
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text
);
CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES users (id),
    title text NOT NULL,
    state ticket_state NOT NULL DEFAULT 'open'
);
