-- Column defaults, exclusion constraints and names at the edges: NULL
-- defaults of types with and without modifiers (interval(3) keeps none),
-- parenthesised and cast NULLs, an exclusion constraint over a user range
-- type and a DEFERRABLE one, an index whose column names make a name longer
-- than 128 bytes, a table whose foreign key references its own keys.
CREATE TABLE defaults (
    i interval(3) DEFAULT NULL,
    v varchar(5) DEFAULT (NULL),
    w varchar(5) DEFAULT ((NULL::varchar(5))),
    n numeric(6,2) DEFAULT (NULL::numeric(6,2)),
    t text DEFAULT (((NULL)))
);
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TABLE slots (
    id int,
    span floatrange,
    room int,
    EXCLUDE USING gist (span WITH &&),
    CONSTRAINT one_room EXCLUDE USING btree (room WITH =) DEFERRABLE
);
CREATE TABLE wide ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_one" int, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb_two" int, "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_six" int);
CREATE INDEX ON wide ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_one", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb_two", "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc_six");
CREATE TABLE tree (
    a int,
    b int,
    CHECK (a > 0),
    UNIQUE (a),
    parent int REFERENCES tree (a),
    PRIMARY KEY (b),
    up int REFERENCES tree
);
