CREATE POLICY p_r ON t TO current_user USING (true);
