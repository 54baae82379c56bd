CREATE TABLE rt2 (m other.mood, ma other.mood[]);
