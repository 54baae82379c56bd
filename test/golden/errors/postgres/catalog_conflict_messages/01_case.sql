CREATE TYPE d AS ENUM ('a', 'b', 'a');
