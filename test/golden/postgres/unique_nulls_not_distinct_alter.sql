-- UNIQUE NULLS NOT DISTINCT added by ALTER, on multiple columns, and a
-- unique index with NULLS NOT DISTINCT and a predicate.
CREATE TABLE slots (id int PRIMARY KEY, room text, starts time, ends time);
ALTER TABLE slots ADD UNIQUE NULLS NOT DISTINCT (room, starts);
ALTER TABLE slots ADD CONSTRAINT slots_room_ends_key UNIQUE NULLS DISTINCT (room, ends);
CREATE UNIQUE INDEX slots_starts_uniq ON slots (starts) NULLS NOT DISTINCT WHERE room IS NOT NULL;
ALTER TABLE slots RENAME COLUMN room TO room_name;
