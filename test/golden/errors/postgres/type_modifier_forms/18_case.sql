CREATE TABLE m18 (c smallint(3));
