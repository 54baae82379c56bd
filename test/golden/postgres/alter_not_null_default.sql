CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    email varchar(200),
    status text DEFAULT 'new',
    score int,
    note varchar(20)
);
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;
ALTER TABLE accounts ALTER status DROP DEFAULT, ALTER status SET NOT NULL;
ALTER TABLE accounts ALTER COLUMN score SET DEFAULT 0, ALTER COLUMN note SET DEFAULT 'n/a';
ALTER TABLE accounts ALTER COLUMN note SET DEFAULT NULL;
ALTER TABLE accounts ALTER COLUMN score DROP NOT NULL;
ALTER TABLE accounts ALTER COLUMN id DROP DEFAULT;
