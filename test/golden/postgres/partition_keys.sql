-- Partitioned tables: key kinds and keys that include the partition key.
CREATE TABLE m (id bigint, at date, region text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE l (id int, region text, UNIQUE (region, id)) PARTITION BY LIST (region);
CREATE TABLE h (id int PRIMARY KEY) PARTITION BY HASH (id);
CREATE INDEX m_region ON m (region);
