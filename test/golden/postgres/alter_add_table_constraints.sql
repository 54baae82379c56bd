-- ALTER TABLE ... ADD [CONSTRAINT name] table_constraint.
CREATE TABLE warehouses (
    code text NOT NULL,
    region text NOT NULL,
    capacity integer
);

CREATE TABLE stock (
    warehouse_code text,
    sku text,
    qty integer
);

ALTER TABLE warehouses ADD PRIMARY KEY (code);
ALTER TABLE warehouses ADD UNIQUE (region, code);
ALTER TABLE warehouses ADD CONSTRAINT warehouses_capacity_positive CHECK (capacity > 0);
ALTER TABLE stock ADD CONSTRAINT stock_pk PRIMARY KEY (warehouse_code, sku);
ALTER TABLE stock ADD FOREIGN KEY (warehouse_code) REFERENCES warehouses ON DELETE CASCADE;
ALTER TABLE stock ADD CHECK (qty >= 0);
ALTER TABLE stock ADD CONSTRAINT stock_sku_nonempty CHECK (length(sku) > 0);
