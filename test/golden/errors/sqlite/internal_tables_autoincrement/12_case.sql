DROP VIEW counted;
