CREATE TABLE q (priority INT, CONSTRAINT q_p CHECK ((priority >= 1) and (priority <= 4)), s TEXT CHECK (S <> 'A''b'));
