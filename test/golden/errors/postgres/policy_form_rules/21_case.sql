ALTER POLICY p_ins ON t USING (true) extra;
