-- expect: Parse error near line 3: no such table: main.CAFÉ -- case-insensitive matching covers ASCII letters only
CREATE TABLE café (id INTEGER PRIMARY KEY, prix REAL);
CREATE INDEX café_prix ON CAFÉ (prix);
