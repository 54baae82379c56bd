REPLACE INTO t (id, v) VALUES (1, 'a');
