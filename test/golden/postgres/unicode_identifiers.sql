-- Non-ASCII identifiers, quoted and unquoted (unquoted ones are lower-cased
-- only for ASCII letters).
CREATE TABLE "Straße" (
    "Hausnummer" integer,
    straßenname text NOT NULL UNIQUE,
    PRIMARY KEY ("Hausnummer", straßenname)
);

CREATE TABLE café (
    id integer PRIMARY KEY,
    crème_brûlée boolean DEFAULT false,
    prix numeric(6,2) CHECK (prix >= 0),
    Größe text,
    "日本語" text
);

CREATE INDEX ON café (größe);
CREATE INDEX ON café ("日本語");
CREATE INDEX "Café_Index" ON Café (prix);
