DROP SCHEMA empty_one, nope;
