-- A realistic first migration for a small blog platform.
BEGIN;

CREATE TABLE authors (
    id bigserial PRIMARY KEY,
    handle varchar(40) NOT NULL UNIQUE,
    email text NOT NULL,
    bio text DEFAULT '',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX authors_email_lower ON authors (lower(email));

CREATE TABLE posts (
    id bigserial PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES authors ON DELETE CASCADE,
    slug text NOT NULL,
    title text NOT NULL CHECK (length(title) > 0),
    body text NOT NULL DEFAULT '',
    tags text[] NOT NULL DEFAULT '{}',
    published_at timestamptz,
    UNIQUE (author_id, slug)
);
CREATE INDEX ON posts (published_at DESC) WHERE published_at IS NOT NULL;
CREATE INDEX ON posts USING gin (tags);

CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    parent_id bigint REFERENCES comments (id) ON DELETE SET NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ON comments (post_id, created_at);

COMMIT;
