ALTER POLICY p1 ON t TO public;
