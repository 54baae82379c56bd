-- expect: Parse error near line 2: near "oops": syntax error -- token at line 4, col 40 in characters (byte 42)
CREATE TABLE "café" (
    id INTEGER PRIMARY KEY,
    "Straße" TEXT NOT NULL DEFAULT 'ü' oops,
    größe INTEGER
);
