-- Built-in and user ranges and multiranges as column types, with an
-- exclusion constraint over a range column.
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8);
CREATE TYPE timerange AS RANGE (SUBTYPE = time, MULTIRANGE_TYPE_NAME = timeranges);
CREATE TABLE bookings (
    id int PRIMARY KEY,
    room int NOT NULL,
    during tstzrange NOT NULL,
    days daterange,
    nums int4range DEFAULT '[1,10)',
    big int4multirange,
    f floatrange,
    t timerange,
    tm timeranges,
    EXCLUDE USING gist (during WITH &&)
);
CREATE INDEX bookings_days_idx ON bookings USING gist (days);
