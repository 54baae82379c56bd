-- CREATE [UNIQUE] INDEX [IF NOT EXISTS]; the stored SQL is normalised only in
-- its leading keywords.
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    isbn TEXT,
    title TEXT,
    author TEXT,
    year INTEGER
);

CREATE INDEX books_title ON books (title);
create unique index books_isbn on books(isbn);
CREATE INDEX IF NOT EXISTS books_author_year ON books (author, year);
CREATE INDEX IF NOT EXISTS books_author_year ON books (year);
create   unique   index   if   not   exists   books_isbn_year   on   books ( isbn , year );
