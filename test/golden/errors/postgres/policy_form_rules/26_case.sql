ALTER POLICY p_ins t;
