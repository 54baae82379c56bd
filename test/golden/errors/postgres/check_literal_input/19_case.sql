CREATE TABLE n4 (a numeric DEFAULT '0x10');
