CREATE TABLE SQLITE_upper (a integer);
