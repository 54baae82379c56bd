DROP VIEW IF EXISTS nosuch, w_a;
