-- The declared schema: what the team believes the database looks like.
-- `schemadrift check` finds where the migrations made something else.
CREATE TYPE ticket_state AS ENUM ('open', 'closed');

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL
);

CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES users (id),
    title text NOT NULL,
    state ticket_state NOT NULL DEFAULT 'open'
);

CREATE TABLE labels (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
);
