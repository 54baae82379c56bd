-- The implicit sequence name avoids existing relations (tables, indexes).
CREATE TABLE jobs_id_seq (legacy_value bigint);

CREATE TABLE jobs (
    id serial PRIMARY KEY,
    payload jsonb NOT NULL
);

CREATE TABLE jobs_attempt_seq (x integer);
CREATE INDEX jobs_attempt_seq1 ON jobs (payload);

ALTER TABLE jobs ADD COLUMN attempt bigserial;
