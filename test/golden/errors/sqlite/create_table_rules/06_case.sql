CREATE TABLE temp.x (a integer);
