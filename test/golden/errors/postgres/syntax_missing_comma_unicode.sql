-- expect: ERROR:  syntax error at or near "breite" -- at line 4, col 19 in characters (byte 21; psql: "LINE 3:", caret under "breite")
CREATE TABLE übersicht (
    id integer PRIMARY KEY,
    größe integer breite integer
);
