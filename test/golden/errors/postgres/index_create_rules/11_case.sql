CREATE UNLOGGED INDEX t_v_unlogged ON t (v);
