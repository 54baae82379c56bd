DROP TABLE c_id_idx;
