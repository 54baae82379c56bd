-- expect: success for the setup; cases: ALTER TYPE ... RENAME VALUE where a column default uses the type in a form the rename cannot rewrite (01 an array element that would need quoting, 02 an array with a quoted element, 03 a label that would print as NULL): PostgreSQL 15 accepts each and we fail closed; 04 renames a label no default names.
CREATE TYPE m1 AS ENUM ('a', 'b');
CREATE TYPE m2 AS ENUM ('a b', 'c');
CREATE TYPE m3 AS ENUM ('x', 'y');
CREATE TABLE t1 (v m1[] DEFAULT '{a,b}');
CREATE TABLE t2 (v m2[] DEFAULT '{"a b",c}');
CREATE TABLE t3 (v m3 DEFAULT ('x'::m3));
CREATE TABLE t4 (v m1[] DEFAULT '{b}');
