-- expect: ERROR:  check constraint "o2_a_check1" already exists
CREATE TABLE o2 (
    a integer,
    CHECK (a > 0),
    CHECK (a > 1),
    CONSTRAINT o2_a_check1 CHECK (a > 2)
);
