DROP VIEW v_base extra;
