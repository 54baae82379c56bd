DROP INDEX r1_b_idx;
