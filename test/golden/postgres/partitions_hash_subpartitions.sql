-- Hash partitions with moduli that divide each other, and a list partition that is itself range partitioned: its own partitions get the indexes and keys of both levels.
CREATE TABLE accounts (id bigint NOT NULL, region text NOT NULL, opened date NOT NULL, email text, PRIMARY KEY (id, region, opened)) PARTITION BY LIST (region);
CREATE INDEX ON accounts (email);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('eu') PARTITION BY RANGE (opened);
CREATE TABLE accounts_eu_2024 PARTITION OF accounts_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE UNIQUE INDEX accounts_eu_email ON accounts_eu (email, opened, region, id);
CREATE TABLE accounts_eu_2025 PARTITION OF accounts_eu FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE accounts_us PARTITION OF accounts FOR VALUES IN ('us') PARTITION BY HASH (id);
CREATE TABLE accounts_us_0 PARTITION OF accounts_us FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE accounts_us_1 PARTITION OF accounts_us FOR VALUES WITH (remainder 1, modulus 4);
CREATE TABLE accounts_us_3 PARTITION OF accounts_us FOR VALUES WITH (modulus 4, remainder 3);
CREATE INDEX accounts_opened ON accounts (opened DESC NULLS LAST);
