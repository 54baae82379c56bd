-- Every implicit constraint name PostgreSQL derives from table + column(s) + label.
CREATE TABLE organizations (
    id serial PRIMARY KEY,
    slug text NOT NULL UNIQUE,
    name text NOT NULL
);

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    org_id integer NOT NULL REFERENCES organizations (id),
    email varchar(255) NOT NULL UNIQUE,
    age integer CHECK (age >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX ON users (org_id);
CREATE INDEX ON users (created_at);
