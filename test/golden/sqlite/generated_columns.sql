CREATE TABLE boxes (
    w REAL,
    h REAL,
    area REAL GENERATED ALWAYS AS (w * h) STORED,
    perimeter REAL AS (2 * (w + h)),
    label TEXT GENERATED ALWAYS AS ('box') VIRTUAL
);
