CREATE TABLE rt5 (m nope.mood);
