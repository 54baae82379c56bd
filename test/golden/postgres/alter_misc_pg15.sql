-- Storage parameters, ALTER CONSTRAINT deferrability, UNIQUE NULLS NOT DISTINCT, qualified functions in index keys.
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (id int, parent_id int CONSTRAINT child_parent_fk REFERENCES parent, tag text, kind text);
ALTER TABLE child SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.1);
ALTER TABLE child ALTER CONSTRAINT child_parent_fk DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE child ALTER CONSTRAINT child_parent_fk NOT DEFERRABLE;
ALTER TABLE child ADD CONSTRAINT child_tag_kind UNIQUE NULLS NOT DISTINCT (tag, kind);
CREATE TABLE other (a int UNIQUE NULLS NOT DISTINCT, b int);
CREATE INDEX other_b_abs ON other (pg_catalog.abs(b) DESC);
