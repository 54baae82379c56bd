-- UNIQUE constraints on the same column with different collations get separate autoindexes; the same collation (any case) is one.
CREATE TABLE a (name TEXT UNIQUE, UNIQUE (name COLLATE NOCASE));
CREATE TABLE b (name TEXT UNIQUE, UNIQUE (name COLLATE binary));
CREATE TABLE c (x TEXT, y TEXT, UNIQUE (x COLLATE nocase, y), UNIQUE (x COLLATE NOCASE, y DESC), UNIQUE (x, y));
