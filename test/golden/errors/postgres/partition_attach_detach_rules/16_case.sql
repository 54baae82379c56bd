ALTER INDEX app.p_v ATTACH PARTITION app.p1_v_idx extra;
