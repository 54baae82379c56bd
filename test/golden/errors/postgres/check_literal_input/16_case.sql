CREATE TABLE n1 (a numeric DEFAULT '-NaN');
