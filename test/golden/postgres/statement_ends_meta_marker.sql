-- A statement ended without a semicolon by a goose marker, a psql
-- meta-command between statements, and a column named begin in CREATE
-- TABLE (not the start of a body).
-- +goose Up
CREATE TABLE a (id int);
\echo made a
CREATE TABLE tb (id int, begin int, note text);
CREATE TABLE c (id int)
-- +goose Down
DROP TABLE a;
