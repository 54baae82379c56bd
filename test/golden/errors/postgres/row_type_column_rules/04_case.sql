CREATE TABLE rt4 (i base_a_idx);
