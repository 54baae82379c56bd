CREATE TABLE m19 (c real(3));
