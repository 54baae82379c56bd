-- Truncation never splits a multi-byte UTF-8 character: 63 bytes, rounded down
-- to a character boundary.
CREATE TABLE "Straße_mit_sehr_langem_Namen_der_über_die_Grenze_hinausgeht_ää" (
    "ö" integer UNIQUE,
    größe integer CHECK (größe > 0)
);

CREATE TABLE übersetzungen_für_die_benutzeroberfläche_in_vielen_sprachen (
    schlüssel text PRIMARY KEY,
    übersetzung_in_die_zielsprache_mit_sehr_langem_namen text UNIQUE
);

CREATE INDEX ON übersetzungen_für_die_benutzeroberfläche_in_vielen_sprachen (übersetzung_in_die_zielsprache_mit_sehr_langem_namen);
