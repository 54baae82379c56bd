CREATE TABLE n2 (a double precision DEFAULT '1e400');
