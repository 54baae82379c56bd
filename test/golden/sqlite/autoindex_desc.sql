-- DESC in a table-level PRIMARY KEY or UNIQUE reaches its autoindex (pragma index_xinfo), with or without COLLATE and comments in between.
CREATE TABLE pairs (a INT, b INT, PRIMARY KEY (b DESC, a)) WITHOUT ROWID;
CREATE TABLE pairs2 (a INT, b TEXT, PRIMARY KEY (b COLLATE nocase /* x */ DESC, a ASC));
CREATE TABLE pairs3 (a INT, b INT, UNIQUE (b DESC, a), UNIQUE (a DESC));
