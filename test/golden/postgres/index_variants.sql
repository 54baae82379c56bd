-- Index methods, orderings, operator classes, partial and expression keys.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE doc (id int, title text, body text, tags text[], created timestamptz, score int);
CREATE INDEX doc_title_trgm ON doc USING gin (title gin_trgm_ops);
CREATE INDEX doc_tags ON doc USING gin (tags);
CREATE INDEX doc_created_brin ON doc USING brin (created);
CREATE INDEX doc_id_hash ON doc USING hash (id);
CREATE INDEX doc_score_desc ON doc (score DESC NULLS LAST, id NULLS FIRST);
CREATE INDEX doc_lower_title ON doc (lower(title) text_pattern_ops) WHERE score > 10;
CREATE UNIQUE INDEX doc_title_uq ON doc (title, (coalesce(body, ''))) WHERE id IS NOT NULL;
CREATE INDEX ON doc (created, score);
CREATE INDEX ON doc ((score + 1));
