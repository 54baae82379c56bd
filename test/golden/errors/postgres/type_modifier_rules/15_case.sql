CREATE TABLE vc0 (v varchar(0));
