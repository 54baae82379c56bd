DROP POLICY p_ins ON t extra;
