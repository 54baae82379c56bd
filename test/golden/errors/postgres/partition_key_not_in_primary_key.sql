-- expect: ERROR:  unique constraint on partitioned table must include all partitioning columns
CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL) PARTITION BY RANGE (created_at);
