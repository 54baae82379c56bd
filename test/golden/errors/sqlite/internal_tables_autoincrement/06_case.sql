DROP TABLE sqlite_schema;
