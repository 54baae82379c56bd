-- REFERENCES with and without a column list, column- and table-level.
-- SQLite does not check that the parent exists at CREATE time.
CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    code TEXT UNIQUE
);

CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER REFERENCES authors,
    author_code TEXT REFERENCES authors(code),
    coauthor_id INTEGER,
    publisher_id INTEGER REFERENCES publishers (id),
    FOREIGN KEY (coauthor_id) REFERENCES authors (id)
);

CREATE TABLE editions (
    book_id INTEGER,
    edition INTEGER,
    PRIMARY KEY (book_id, edition),
    FOREIGN KEY (book_id) REFERENCES books
);

CREATE TABLE printings (
    book_id INTEGER,
    edition INTEGER,
    FOREIGN KEY (book_id, edition) REFERENCES editions (book_id, edition)
);
