DROP POLICY p_all ON nope;
