ALTER POLICY p_ins ON t RENAME TO p_x extra;
