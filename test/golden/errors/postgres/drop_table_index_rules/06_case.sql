DROP TABLE IF EXISTS nosuch_schema.t;
