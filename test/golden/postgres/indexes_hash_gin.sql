-- USING hash / gin / btree (gin only on jsonb and arrays: built in, no extensions).
CREATE TABLE articles (
    id integer PRIMARY KEY,
    slug text NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    extra jsonb,
    author_ids integer[]
);

CREATE INDEX articles_slug_hash ON articles USING hash (slug);
CREATE INDEX articles_tags_gin ON articles USING gin (tags);
CREATE INDEX ON articles USING gin (extra);
CREATE INDEX ON articles USING GIN (author_ids);
CREATE INDEX ON articles USING btree (slug);
CREATE INDEX ON articles USING HASH (id);
