-- Enum values added BEFORE/AFTER, renamed while a default uses them; the
-- type renamed and moved into use by a second table.
CREATE TYPE order_state AS ENUM ('new', 'paid', 'shipped');
CREATE TABLE orders (
    id serial PRIMARY KEY,
    state order_state NOT NULL DEFAULT 'new',
    history order_state[]
);
ALTER TYPE order_state ADD VALUE 'cancelled' AFTER 'shipped';
ALTER TYPE order_state ADD VALUE 'pending' BEFORE 'paid';
ALTER TYPE order_state ADD VALUE 'draft' BEFORE 'new';
ALTER TYPE order_state RENAME VALUE 'new' TO 'created';
ALTER TYPE order_state RENAME TO order_status;
CREATE TABLE returns (id int PRIMARY KEY, st order_status DEFAULT 'cancelled');
ALTER TABLE orders ALTER COLUMN state SET DEFAULT 'draft';
