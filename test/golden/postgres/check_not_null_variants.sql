-- NOT NULL and CHECK in many places; dropping a primary key keeps NOT NULL.
CREATE TABLE c (
    a int NOT NULL CHECK (a > 0),
    b int CONSTRAINT b_positive CHECK (b > 0) NOT NULL,
    c int NULL,
    d int,
    PRIMARY KEY (d),
    CHECK (a < b)
);
ALTER TABLE c DROP CONSTRAINT c_pkey;
ALTER TABLE c ALTER COLUMN a DROP NOT NULL;
ALTER TABLE c ALTER COLUMN c SET NOT NULL;
ALTER TABLE c ADD CHECK (c <> 0), ADD CONSTRAINT named CHECK (d IS NOT NULL) NOT VALID;
