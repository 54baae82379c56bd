-- Enums, domains and composite types, used by columns.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE "Status" AS ENUM ();
CREATE DOMAIN positive_int AS integer NOT NULL DEFAULT 1 CHECK (VALUE > 0);
CREATE DOMAIN email_address varchar(254);
CREATE TYPE money_pair AS (amount numeric(12,2), currency char(3));
CREATE SCHEMA app;
CREATE TYPE app.level AS ENUM ('low', 'high');
CREATE TABLE people (
    id serial PRIMARY KEY,
    feeling mood NOT NULL DEFAULT 'ok',
    past_moods mood[],
    age positive_int,
    email email_address UNIQUE,
    price money_pair,
    lvl app.level DEFAULT 'low',
    st "Status"
);
ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok';
ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
ALTER TYPE "Status" ADD VALUE 'new';
ALTER TYPE app.level RENAME VALUE 'high' TO 'top';
