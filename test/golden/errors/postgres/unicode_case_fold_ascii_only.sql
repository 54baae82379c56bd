-- expect: ERROR:  relation "cafÉ" does not exist (only ASCII letters are lower-cased: CAFÉ -> cafÉ)
CREATE TABLE café (id integer PRIMARY KEY, prix numeric);
CREATE INDEX café_prix_idx ON CAFÉ (prix);
