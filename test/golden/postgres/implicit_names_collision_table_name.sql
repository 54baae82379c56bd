-- Implicit index/constraint names skip names already used by other relations
-- in the same schema (tables, sequences, indexes).
CREATE TABLE events_kind_idx (note text);
CREATE TABLE events_code_key (note text);
CREATE TABLE events_pkey (note text);
CREATE TABLE events_id_seq (note text);

CREATE TABLE events (
    id serial PRIMARY KEY,
    code text UNIQUE,
    kind text
);

CREATE INDEX ON events (kind);
CREATE INDEX ON events (kind);
CREATE INDEX ON events (kind);
