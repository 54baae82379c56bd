ALTER INDEX p_only_idx ATTACH PARTITION missing_idx;
