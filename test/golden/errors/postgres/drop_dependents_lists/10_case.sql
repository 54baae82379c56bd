DROP VIEW w_a, w_b;
