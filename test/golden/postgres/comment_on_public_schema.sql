-- COMMENT ON SCHEMA public: PostgreSQL's own comment can be replaced or removed.
COMMENT ON SCHEMA public IS NULL;
CREATE TABLE t (id int);
