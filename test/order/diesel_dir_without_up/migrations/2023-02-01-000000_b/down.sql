-- a migration whose up.sql is missing: only its down.sql is here
DROP TABLE b;
