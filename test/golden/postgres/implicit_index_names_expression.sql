-- Unnamed expression indexes: function name, "expr" for operators, cast -> column.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL,
    first_name varchar(100),
    last_name varchar(100),
    score integer,
    bonus integer,
    profile jsonb
);

CREATE INDEX ON customers (lower(email));
CREATE INDEX ON customers (lower(email));
CREATE INDEX ON customers ((score + bonus));
CREATE INDEX ON customers ((score + bonus), id);
CREATE INDEX ON customers (coalesce(score, 0));
CREATE INDEX ON customers ((score::text));
CREATE INDEX ON customers ((profile ->> 'country'));
CREATE INDEX ON customers (lower(first_name), lower(last_name));
CREATE INDEX ON customers (upper(last_name), first_name);
