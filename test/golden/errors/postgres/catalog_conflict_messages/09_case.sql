ALTER POLICY pi ON pt USING (true);
