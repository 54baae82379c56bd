-- Repeated identical UNIQUE/PRIMARY KEY column lists share one autoindex;
-- a different column order is a separate index.
CREATE TABLE devices (
    serial TEXT UNIQUE UNIQUE,
    mac TEXT,
    vendor TEXT,
    model TEXT,
    UNIQUE (mac),
    UNIQUE (mac),
    UNIQUE (serial),
    UNIQUE (vendor, model),
    UNIQUE (model, vendor)
);

CREATE TABLE pk_and_unique (
    id TEXT PRIMARY KEY,
    UNIQUE (id)
);
