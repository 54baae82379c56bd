-- CHECK constraints with comparisons, AND/OR, IN lists, IS NOT NULL, length().
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status text NOT NULL CHECK (status IN ('new', 'paid', 'shipped', 'cancelled')),
    priority integer DEFAULT 3 CHECK (priority >= 1 AND priority <= 5),
    coupon varchar(16) CHECK (coupon IS NULL OR length(coupon) > 0),
    total numeric(10,2) NOT NULL CHECK (total >= 0),
    paid_at timestamptz,
    shipped_at timestamptz,
    CONSTRAINT orders_paid_before_shipped CHECK (shipped_at IS NULL OR paid_at IS NOT NULL),
    CHECK (status <> 'paid' OR paid_at IS NOT NULL),
    CHECK (length(status) > 0)
);
