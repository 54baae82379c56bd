-- Domains and composite types as column types, arrays of them, in other schemas.
CREATE SCHEMA geo;
CREATE DOMAIN geo.lat AS double precision NOT NULL DEFAULT 0;
CREATE DOMAIN email AS text;
CREATE TYPE geo.point2 AS (x double precision, y double precision);
CREATE TABLE place (id int, at geo.point2, trail geo.point2[], la geo.lat, contact email);
CREATE TABLE geo.spot (id int, p geo.point2, la geo.lat);
