CREATE TABLE orders (
    id integer NOT NULL,
    status text CHECK (status IN ('new', 'paid')),
    sort varchar(10) CHECK (sort IN ('a', 'b')),
    state varchar(10) CHECK (state in ('open', 'closed', 'held')),
    qty int CHECK (qty NOT IN (0, 13))
);
