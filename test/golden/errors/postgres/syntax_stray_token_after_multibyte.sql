-- expect: ERROR:  syntax error at or near "oops" -- at line 4, col 40 in characters (byte 42; psql: "LINE 3:", caret under "oops")
CREATE TABLE "café" (
    id integer PRIMARY KEY,
    "Straße" text NOT NULL DEFAULT 'ü' oops,
    größe integer
);
