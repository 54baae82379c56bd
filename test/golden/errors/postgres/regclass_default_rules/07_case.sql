CREATE TABLE d7 (a regclass DEFAULT 'nosuch'::regclass);
