CREATE TABLE parents (id int PRIMARY KEY, code text CONSTRAINT parents_code_uq UNIQUE);
CREATE TABLE children (
    id int PRIMARY KEY,
    parent_id int REFERENCES parents,
    code text REFERENCES parents (code),
    qty int CONSTRAINT qty_positive CHECK (qty > 0)
);
ALTER TABLE children DROP CONSTRAINT qty_positive;
ALTER TABLE children DROP CONSTRAINT IF EXISTS no_such_constraint;
ALTER TABLE parents DROP CONSTRAINT parents_code_uq CASCADE;
ALTER TABLE children DROP CONSTRAINT children_pkey;
