DROP VIEW missing;
