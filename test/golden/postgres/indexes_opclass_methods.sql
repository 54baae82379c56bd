-- Indexes with operator classes, DESC NULLS FIRST, INCLUDE, partial
-- predicates and the gin/gist/brin/hash methods; implicit names.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE docs (
    id bigint PRIMARY KEY,
    title text NOT NULL,
    body text,
    tags text[],
    meta jsonb,
    published_at timestamptz,
    score real,
    slug varchar(100)
);
CREATE INDEX ON docs (title text_pattern_ops);
CREATE INDEX ON docs (slug varchar_pattern_ops DESC NULLS FIRST);
CREATE INDEX ON docs USING gin (tags);
CREATE INDEX docs_meta_path_idx ON docs USING gin (meta jsonb_path_ops);
CREATE INDEX docs_title_trgm ON docs USING gist (title gist_trgm_ops);
CREATE INDEX ON docs USING brin (published_at);
CREATE INDEX ON docs USING hash (slug);
CREATE INDEX ON docs (score DESC NULLS LAST, id) INCLUDE (title) WHERE title <> '';
CREATE UNIQUE INDEX ON docs (lower(slug)) WHERE published_at IS NOT NULL;
CREATE INDEX ON docs (published_at NULLS FIRST);
