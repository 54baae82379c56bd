-- expect: success for the setup; cases: partition bounds of the wrong strategy, a second DEFAULT, hash overlaps (messages match psql 15), typed timestamp literals (06) and a fractional bound for an integer key (07, accepted; we fail closed), and statements cut short (syntax errors, where we fail closed).
CREATE TABLE r (id int, ts timestamp) PARTITION BY RANGE (id);
CREATE TABLE l (id int) PARTITION BY LIST (id);
CREATE TABLE h (id int) PARTITION BY HASH (id);
CREATE TABLE rts (ts timestamp) PARTITION BY RANGE (ts);
CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE ld PARTITION OF l DEFAULT;
