CREATE TYPE color AS ENUM ('red', 'green');
CREATE TYPE size AS ENUM ('s', 'm', 'l');
CREATE TABLE shirts (id int PRIMARY KEY, c color DEFAULT 'red', s size, sizes size[]);
CREATE INDEX shirts_s ON shirts (s);
ALTER TYPE color RENAME TO colour;
DROP TYPE size CASCADE;
CREATE TYPE unused AS ENUM ('x');
DROP TYPE IF EXISTS unused, never_existed;
