-- Columns whose type is a table's row type (qualified or not, as arrays),
-- a user type in another schema, time precisions above 6 (the engine
-- lowers them to 6), and multi-word type names with tabs between words.
CREATE SCHEMA other;
CREATE TABLE base (a int, b text);
CREATE TABLE other.ob (x int);
CREATE TYPE other.mood AS ENUM ('ok');
CREATE TABLE rt1 (r base, ra base[], o other.ob, oa other.ob[]);
CREATE TABLE rt2 (m other.mood, ma other.mood[]);
CREATE TABLE rt3 (a timestamptz(9), b time(7), c interval(8), d timestamp(6) without time zone);
CREATE TABLE rt4 (a double	precision, b character 	 varying(5), c time	with time zone);
