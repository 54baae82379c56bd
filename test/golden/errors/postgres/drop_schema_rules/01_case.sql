DROP SCHEMA full_one;
