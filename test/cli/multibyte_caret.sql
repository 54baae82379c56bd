-- the caret counts characters, not bytes
CREATE TABLE naïve (id int, café text, x int CHECK (ü > 0));
