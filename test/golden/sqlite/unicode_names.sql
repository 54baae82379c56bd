-- Non-ASCII identifiers: case-insensitivity applies to ASCII letters only.
CREATE TABLE café (
    id INTEGER PRIMARY KEY,
    crème TEXT,
    "Straße" TEXT UNIQUE,
    größe REAL DEFAULT 0
);

CREATE INDEX café_crème ON Café (crème);
CREATE TABLE "日本語" (名前 TEXT PRIMARY KEY);
CREATE INDEX idx_名前 ON 日本語 (名前 DESC);
