-- DROP COLUMN removes the column text, including its constraints.
CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT NOT NULL, note TEXT DEFAULT 'n/a' COLLATE NOCASE, price NUMERIC(10,2), "Weird Name" BLOB);
ALTER TABLE items DROP COLUMN note;
ALTER TABLE items DROP "Weird Name";
ALTER TABLE items ADD COLUMN qty INT DEFAULT 1;
ALTER TABLE items DROP COLUMN price;
