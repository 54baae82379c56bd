CREATE TABLE q ("priority" int, CONSTRAINT q_p CHECK ("priority" >= 1 AND "priority" <= 4), s text CHECK (s <> 'A''b'));
