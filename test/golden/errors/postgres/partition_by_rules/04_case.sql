CREATE TABLE x04 (b text) PARTITION BY LIST (b text_pattern_ops);
