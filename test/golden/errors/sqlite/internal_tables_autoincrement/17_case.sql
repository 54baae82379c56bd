CREATE TABLE a17 (id integer primary key autoincrement) STRICT;
