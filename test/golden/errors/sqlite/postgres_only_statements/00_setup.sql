-- expect: success for the setup; 01-12 are each rejected by sqlite3 3.40.1 at their first token (near "SET", "set", "RESET", "GRANT", "TRUNCATE", "SHOW", "LOCK", "ABORT", "START", "(", "DISCARD", "CLUSTER"), 13 when it is prepared (no such function: set_config); 14 (VACUUM) and 15 (SAVEPOINT/RELEASE) succeed
CREATE TABLE t (a int);
