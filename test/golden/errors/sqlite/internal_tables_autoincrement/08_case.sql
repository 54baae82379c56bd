DROP TABLE sqlite_sequence;
