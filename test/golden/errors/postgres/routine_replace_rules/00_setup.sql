-- expect: success for the setup (PostgreSQL 15 lets a replacement name an unnamed parameter, add defaults, keep the row its OUT parameters make, and rename a lone OUT parameter); every case is refused by psql 15 with the message shown: a replacement may not rename or unname an input parameter, drop a default, or change the row of a record result
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
