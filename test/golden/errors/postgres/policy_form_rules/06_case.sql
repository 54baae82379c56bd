CREATE POLICY p_u ON t FOR UPDATE TO "public" USING (id > 1) WITH CHECK (id > 2);
