CREATE OR REPLACE INDEX t_v_replace ON t (v);
