-- CREATE TYPE ... AS RANGE: the range type and its multirange type (named
-- by replacing the first "range", or given), used as column types, renamed
-- and dropped (the multirange goes with its range).
CREATE TYPE uuidrange AS RANGE (SUBTYPE = UUID);
CREATE TYPE floatspan AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE SCHEMA cal;
CREATE TYPE cal.slot AS RANGE (subtype = timestamp with time zone, multirange_type_name = cal.slots);
CREATE TABLE block_index (
    day date NOT NULL,
    ids uuidrange NOT NULL,
    many uuidmultirange,
    spans floatspan_multirange[],
    at cal.slot
);
CREATE TYPE rangerange AS RANGE (subtype = int8);
ALTER TYPE rangerange RENAME TO renamed_range;
CREATE TYPE gone AS RANGE (subtype = text);
DROP TYPE gone;
CREATE TYPE gone_multirange AS ENUM ('a');
