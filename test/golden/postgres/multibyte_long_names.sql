-- Names longer than 63 bytes in two-byte characters: PostgreSQL truncates
-- them at a character boundary, and clips each part of the names it makes
-- (serial sequence, primary key, index, foreign key) the same way.
CREATE TABLE "éééééééééééééééééééééééééééééééééééééééé" ("ñññññññññññññññññññññññññññññññññññ" serial PRIMARY KEY, "üüüüüüüüüüüüüüüüüüüü" int UNIQUE);
CREATE INDEX ON "éééééééééééééééééééééééééééééééééééééééé" ("üüüüüüüüüüüüüüüüüüüü", "ñññññññññññññññññññññññññññññññññññ");
CREATE TABLE ref ("ööööööööööööööööööööööööööööööööö" int REFERENCES "éééééééééééééééééééééééééééééééééééééééé");
