-- ALTER COLUMN ... SET DEFAULT takes a full expression (NOT true, sums), as the engine's ALTER form does (CREATE TABLE's DEFAULT does not).
CREATE TABLE s (h boolean DEFAULT true, i int);
ALTER TABLE s ALTER COLUMN h SET DEFAULT NOT true;
ALTER TABLE s ALTER COLUMN i SET DEFAULT 1 + 2, ALTER COLUMN h DROP DEFAULT;
