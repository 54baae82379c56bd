-- ATTACH PARTITION reuses a matching index (keeping its name) or makes one, takes over the parent's foreign keys and CHECKs; DETACH leaves the table with everything it had.
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE orders (id bigint NOT NULL, placed date NOT NULL, customer int REFERENCES customers ON DELETE CASCADE, total numeric(12,2) CHECK (total >= 0), note text, PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE INDEX orders_customer_idx ON orders (customer);
CREATE INDEX ON orders (lower(note));
CREATE TABLE orders_2023 (note text, total numeric(12,2), customer int, placed date NOT NULL, id bigint NOT NULL);
ALTER TABLE orders_2023 ADD CONSTRAINT orders_total_check CHECK (total >= 0);
ALTER TABLE orders_2023 ADD CONSTRAINT orders_2023_pk PRIMARY KEY (id, placed);
CREATE INDEX o23_customer ON orders_2023 (customer);
CREATE INDEX o23_customer_desc ON orders_2023 (customer DESC);
ALTER TABLE orders ATTACH PARTITION orders_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2022 (id bigint NOT NULL, placed date NOT NULL, customer int, total numeric(12,2), note text);
ALTER TABLE orders_2022 ADD CONSTRAINT orders_total_check CHECK (total>=0);
ALTER TABLE orders_2022 ADD CONSTRAINT own_fk FOREIGN KEY (customer) REFERENCES customers ON DELETE CASCADE;
ALTER TABLE ONLY orders ATTACH PARTITION orders_2022 FOR VALUES FROM (MINVALUE) TO ('2023-01-01');
ALTER TABLE orders DETACH PARTITION orders_2024;
ALTER TABLE orders DETACH PARTITION orders_2023;
CREATE INDEX orders_note_idx ON orders (note);
