-- Floating point and numeric spellings.
CREATE TABLE measurements (
    r real,
    f4 float4,
    f8 float8,
    dp double precision,
    f float,
    f10 float(10),
    f24 float(24),
    f25 float(25),
    f30 float(30),
    n numeric,
    n10_2 numeric(10,2),
    n5 numeric(5),
    d decimal,
    d10_2 decimal(10,2),
    dd DECIMAL(18, 4) NOT NULL DEFAULT 0
);
