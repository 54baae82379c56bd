-- Common ORM type names: declared text is what pragma reports.
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    issued DATE,
    due DATETIME,
    paid_at TIMESTAMP,
    is_paid BOOLEAN DEFAULT FALSE,
    amount NUMERIC,
    tax NUMERIC(5,2) DEFAULT 0.0,
    total DECIMAL(12, 2) NOT NULL DEFAULT 0,
    currency CHAR(3) DEFAULT 'EUR',
    memo CLOB,
    uuid VARCHAR(36),
    flags TINYINT DEFAULT 0,
    big BIGINT,
    dbl DOUBLE
);
