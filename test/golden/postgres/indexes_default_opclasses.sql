-- An operator class written in CREATE INDEX that is the type's default for the method is not shown by pg_get_indexdef; other classes are.
CREATE TABLE p (name text, code varchar(20), tags text[], doc jsonb, n int, big bigint, at timestamptz, vec tsvector);
CREATE INDEX p_name ON p USING btree (name text_ops);
CREATE INDEX p_code ON p (code text_ops);
CREATE INDEX p_code_pattern ON p (code varchar_pattern_ops);
CREATE INDEX p_name_pattern ON p (name text_pattern_ops);
CREATE INDEX p_tags ON p USING gin (tags array_ops);
CREATE INDEX p_doc ON p USING gin (doc jsonb_ops);
CREATE INDEX p_doc_path ON p USING gin (doc jsonb_path_ops);
CREATE INDEX p_n ON p USING hash (n int4_ops);
CREATE INDEX p_big_at ON p (big int8_ops, at timestamptz_ops DESC);
CREATE INDEX p_vec ON p USING gin (vec tsvector_ops);
