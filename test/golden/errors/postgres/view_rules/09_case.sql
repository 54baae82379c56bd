DROP VIEW v_base;
