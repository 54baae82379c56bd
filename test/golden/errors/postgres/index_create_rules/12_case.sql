CREATE TEMP INDEX t_v_temp ON t (v);
