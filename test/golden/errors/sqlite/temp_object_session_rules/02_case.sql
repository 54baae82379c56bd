CREATE INDEX tt_a ON tt (a);
