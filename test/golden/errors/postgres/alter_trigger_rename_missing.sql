-- expect: error at line 3: trigger "nope" for table "t" does not exist (checked with psql)
CREATE TABLE t (a int);
ALTER TRIGGER nope ON t RENAME TO x;
