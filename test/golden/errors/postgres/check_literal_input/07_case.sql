CREATE TABLE k10 (t text CHECK (length(t) > 'x'));
