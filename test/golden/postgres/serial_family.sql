-- serial/bigserial/smallserial: integer type + NOT NULL + nextval default +
-- owned sequence named <table>_<column>_seq.
CREATE TABLE tickets (
    id serial PRIMARY KEY,
    seq_no bigserial,
    small_no smallserial,
    external_no serial4,
    big_no serial8,
    title text NOT NULL
);

ALTER TABLE tickets ADD COLUMN revision serial;
