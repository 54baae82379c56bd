CREATE POLICY q ON missing USING (true);
