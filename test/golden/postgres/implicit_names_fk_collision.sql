-- Foreign keys are named after the CHECK constraints and indexes of the same
-- CREATE TABLE; they avoid constraint names but not table names.
CREATE TABLE authors (id integer PRIMARY KEY);

CREATE TABLE books_author_id_fkey (note text);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES authors,
    editor_id integer REFERENCES authors,
    CONSTRAINT books_editor_id_fkey CHECK (editor_id > 0)
);

CREATE TABLE reviews (
    book_id integer REFERENCES books (id),
    reviewer_id integer,
    FOREIGN KEY (reviewer_id) REFERENCES authors (id),
    FOREIGN KEY (reviewer_id) REFERENCES authors (id)
);
