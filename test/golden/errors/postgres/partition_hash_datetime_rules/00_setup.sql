-- expect: success for the setup; cases: hash bound options, date and timestamp bound values, UUID and boolean bounds, and CREATE TABLE ... PARTITION OF trailing clauses (messages match psql 15). PostgreSQL accepts 01, 02, 12, 16, 18-20, 22-25 (24 a no-op) and 27; we fail closed on the bounds it rejects or that we do not validate (03, 04, 10, 13-17, 21) and on the syntax error 05.
CREATE TABLE h (id int, v text) PARTITION BY HASH (id);
CREATE TABLE r (d date, ts timestamp) PARTITION BY RANGE (d);
CREATE TABLE rt (ts timestamp) PARTITION BY RANGE (ts);
CREATE TABLE l (u uuid) PARTITION BY LIST (u);
CREATE TABLE b (f boolean) PARTITION BY LIST (f);
CREATE TABLE n (x int) PARTITION BY RANGE (x);
