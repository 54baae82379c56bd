-- The PostgreSQL migrations of the same app.
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email varchar(255) NOT NULL UNIQUE,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    score double precision,
    avatar bytea,
    notes integer
);
CREATE INDEX users_email_active ON users (email, active);
