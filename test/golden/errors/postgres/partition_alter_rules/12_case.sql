ALTER INDEX missing_idx ATTACH PARTITION p_1_c_idx;
