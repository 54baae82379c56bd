-- expect: success for lines 2-7; 01-09 are each one statement PostgreSQL 15 rejects after this setup (messages in expected.err, checked with psql): catalog conflicts it reports as duplicate keys, an identity sequence naming its column, procedures reported as functions, CREATE and ALTER POLICY's different words
CREATE TABLE idt (id int GENERATED ALWAYS AS IDENTITY);
CREATE PROCEDURE p1(a int) LANGUAGE sql AS 'select 1';
CREATE FUNCTION f8(a int) RETURNS int LANGUAGE sql AS 'select 1';
CREATE TABLE pt (a int);
CREATE POLICY ps ON pt FOR SELECT USING (true);
CREATE POLICY pi ON pt FOR INSERT WITH CHECK (true);
