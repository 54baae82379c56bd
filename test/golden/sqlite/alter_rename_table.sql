CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT UNIQUE, handle TEXT, UNIQUE (handle));
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors(id), co_author REFERENCES authors);
CREATE INDEX authors_name_idx ON authors (name) WHERE name IS NOT NULL;
ALTER TABLE authors RENAME TO writers;
ALTER TABLE books RENAME TO "Book List";
