CREATE POLICY p_all ON t USING (true);
