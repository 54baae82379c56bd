-- Where ADD COLUMN splices its text: before the comma that starts the table
-- constraints, or before the closing parenthesis when there are none; comments
-- in front of that point stay where they are.
CREATE TABLE a (
    x INTEGER,   -- last column
    -- constraints follow
    PRIMARY KEY (x)
);
CREATE TABLE b (
    x INTEGER /* last column */
);
CREATE TABLE c (x INTEGER, y TEXT, CONSTRAINT c_uq UNIQUE (y), CHECK (x > 0));

ALTER TABLE a ADD COLUMN added TEXT;
ALTER TABLE b ADD COLUMN added TEXT;
ALTER TABLE c ADD COLUMN added TEXT;
ALTER TABLE c ADD COLUMN added2 TEXT;
