ALTER INDEX p_only_idx ATTACH PARTITION p_1_c_idx foo;
