ALTER POLICY p_u ON nope USING (true);
