DROP VIEW counted_v, counted_w;
