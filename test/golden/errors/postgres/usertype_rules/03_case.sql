CREATE TYPE rt AS (a int);
