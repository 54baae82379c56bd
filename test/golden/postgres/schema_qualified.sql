-- Tables, indexes and sequences created inside a named schema.
CREATE SCHEMA app;

CREATE TABLE app.users (
    id serial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name text
);

CREATE TABLE app.sessions (
    token uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id integer NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL
);

CREATE INDEX ON app.sessions (user_id);
CREATE INDEX sessions_expiry ON app.sessions (expires_at);
