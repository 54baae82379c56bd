DROP TABLE p, c_id_idx;
