-- EXCLUDE constraints: gist over range columns, scalar columns once
-- btree_gist is installed, btree with "=", INCLUDE, DEFERRABLE, unnamed
-- ones named <table>_<columns>_excl; dropped with their index.
CREATE EXTENSION btree_gist;
CREATE TYPE uuidrange AS RANGE (SUBTYPE = UUID);
CREATE TABLE block_index (
    day date NOT NULL,
    ids uuidrange NOT NULL,
    file_key text NOT NULL,
    CONSTRAINT block_index_date_range_excl
        EXCLUDE USING GIST (day WITH =, ids WITH &&)
);
CREATE UNIQUE INDEX block_index_uq_key ON block_index (file_key);
CREATE TABLE booking (
    room int,
    during tstzrange,
    note text,
    EXCLUDE USING gist (room WITH =, during WITH &&) INCLUDE (note) DEFERRABLE INITIALLY DEFERRED,
    EXCLUDE (room WITH =)
);
ALTER TABLE booking ADD EXCLUDE USING gist (during WITH &&);
CREATE TABLE gone (r int4range, EXCLUDE USING gist (r WITH &&));
ALTER TABLE gone DROP CONSTRAINT gone_r_excl;
CREATE TABLE renamed (r daterange, CONSTRAINT before EXCLUDE USING gist (r WITH &&));
ALTER TABLE renamed RENAME CONSTRAINT before TO after;
