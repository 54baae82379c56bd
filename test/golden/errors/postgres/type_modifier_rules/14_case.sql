CREATE TABLE f6 (a uuid foo);
