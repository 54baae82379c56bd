CREATE TYPE twice AS (a int, b text, a date);
