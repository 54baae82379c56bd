-- Index storage parameters and operator classes as pg_get_indexdef prints
-- them: a quoted number, default classes left out (array_ops for btree and
-- gin, tsvector_ops for gin), a class that is not the default kept.
CREATE TABLE docs (
    id int PRIMARY KEY,
    tags int[],
    body tsvector,
    meta jsonb,
    label text
);
CREATE INDEX docs_id_ff ON docs (id) WITH (fillfactor = 70);
CREATE INDEX docs_tags_btree ON docs (tags array_ops);
CREATE INDEX docs_tags_gin ON docs USING gin (tags array_ops);
CREATE INDEX docs_body ON docs USING gin (body tsvector_ops);
CREATE INDEX docs_meta_path ON docs USING gin (meta jsonb_path_ops);
CREATE INDEX docs_label_pattern ON docs (label text_pattern_ops);
