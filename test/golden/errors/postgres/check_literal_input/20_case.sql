CREATE TABLE n5 (a numeric CHECK (a <> '1e'));
