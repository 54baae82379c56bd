-- What a CREATE OR REPLACE may change in a routine (PostgreSQL 15): name an unnamed parameter, add defaults, keep the row its OUT parameters make, rename a lone OUT parameter; the body is the new one.
CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION g(int) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION h(a int, b int DEFAULT 1) RETURNS int LANGUAGE sql AS 'select 1';
CREATE FUNCTION io(INOUT a int, OUT r int) LANGUAGE sql AS 'select 1, 2';
CREATE FUNCTION o2(a int, OUT r int, OUT s int) LANGUAGE sql AS 'select 1, 2';
CREATE FUNCTION one(a int, OUT r int) LANGUAGE sql AS 'select 1';
CREATE PROCEDURE pr(a int) LANGUAGE sql AS 'select 1';
CREATE OR REPLACE FUNCTION g(b int) RETURNS int LANGUAGE sql AS 'select 2';
CREATE OR REPLACE FUNCTION h(a int = 2, b int = 3) RETURNS int LANGUAGE sql AS 'select 2';
CREATE OR REPLACE FUNCTION o2(a int, OUT r int, OUT s int) LANGUAGE sql AS 'select 3, 4';
CREATE OR REPLACE FUNCTION one(a int, OUT q int) LANGUAGE sql AS 'select 2';
