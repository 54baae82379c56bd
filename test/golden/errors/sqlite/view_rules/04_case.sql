DROP VIEW main.missing;
