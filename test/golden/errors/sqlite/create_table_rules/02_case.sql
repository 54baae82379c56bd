CREATE TABLE sqlite_mine (a integer);
