-- CHECK constraints, column- and table-level, named and unnamed.
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('new', 'paid', 'shipped')),
    qty INTEGER CHECK (qty > 0) CHECK (qty < 1000),
    coupon TEXT CHECK (coupon IS NULL OR length(coupon) > 0),
    paid_at DATETIME,
    shipped_at DATETIME,
    CONSTRAINT shipped_after_paid CHECK (shipped_at IS NULL OR paid_at IS NOT NULL),
    CHECK (qty BETWEEN 1 AND 999)
);
