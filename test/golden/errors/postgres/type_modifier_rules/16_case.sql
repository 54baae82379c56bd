CREATE TABLE vb0 (v bit varying(0));
