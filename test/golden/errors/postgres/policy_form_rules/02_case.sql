CREATE POLICY p_bad ON t AS sideways USING (true);
