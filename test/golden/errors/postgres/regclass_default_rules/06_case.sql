CREATE TABLE d6 (a regclass DEFAULT 't'::regclass);
