CREATE INDEX i8 ON t (v) WHERE nosuch > 0;
