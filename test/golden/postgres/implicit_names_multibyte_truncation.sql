-- 63-byte truncation of implicit names built from multibyte column and
-- table names (the cut lands on a character boundary), with collisions.
CREATE TABLE "überlange_tabelle_für_bestellungen_und_rechnungen_ämter" (
    "größenangabe_für_verpackungseinheiten_überprüfung" int UNIQUE,
    "größenangabe_für_verpackungseinheiten_überprüfung_2" int UNIQUE,
    id serial PRIMARY KEY,
    "ß" text CHECK ("ß" <> '')
);
CREATE INDEX ON "überlange_tabelle_für_bestellungen_und_rechnungen_ämter" ("ß");
CREATE TABLE 日本語のとても長いテーブル名前です (名前 text UNIQUE, 説明文のとても長い列名前ですよろしくお願いします text UNIQUE);
