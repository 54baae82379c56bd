-- Composite primary keys get sqlite_autoindex_<table>_<n>; pk positions follow
-- the key order, not the column order.
CREATE TABLE enrollments (
    student_id INTEGER NOT NULL,
    course_id INTEGER NOT NULL,
    term TEXT NOT NULL,
    grade TEXT,
    PRIMARY KEY (course_id, student_id, term)
);

CREATE TABLE tags_map (
    item_id INTEGER,
    tag TEXT,
    CONSTRAINT tags_map_pk PRIMARY KEY (item_id, tag)
);
