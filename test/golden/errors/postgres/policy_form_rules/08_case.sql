ALTER POLICY p_ins ON t USING (id > 5);
