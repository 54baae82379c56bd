CREATE INDEX t_pkey ON t (v);
