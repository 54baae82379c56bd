CREATE TABLE ix (b integer);
