DROP VIEW w_solo, w_a;
