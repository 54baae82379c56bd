ALTER POLICY p_u ON t TO postgres USING (id > 3) WITH CHECK (id > 4);
