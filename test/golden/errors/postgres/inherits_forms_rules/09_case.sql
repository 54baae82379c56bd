CREATE TABLE x09 (v text, CONSTRAINT a_v_check CHECK (v <> '')) INHERITS (a);
