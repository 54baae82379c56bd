-- Exclusion constraints with btree_gist (scalar = with range &&), named
-- and implicit, and one dropped.
CREATE EXTENSION btree_gist;
CREATE TABLE reservations (
    id serial PRIMARY KEY,
    room_id int NOT NULL,
    during tsrange NOT NULL,
    guest text,
    EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
ALTER TABLE reservations ADD CONSTRAINT reservations_guest_excl2 EXCLUDE USING gist (guest WITH =, during WITH &&);
CREATE TABLE codes (code text, EXCLUDE USING hash (code WITH =));
ALTER TABLE reservations DROP CONSTRAINT reservations_guest_excl2;
CREATE TABLE desks (desk int, span int4range, EXCLUDE USING gist (desk WITH =, span WITH &&));
