DROP VIEW people;
