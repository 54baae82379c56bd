-- Domains over domains and over arrays, used by columns; a domain's own
-- default; a domain dropped with CASCADE drops its columns.
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN small_posint AS posint CHECK (VALUE < 100);
CREATE DOMAIN short_text AS varchar(32) NOT NULL DEFAULT 'n/a';
CREATE DOMAIN tags AS text[];
CREATE TABLE products (
    id integer PRIMARY KEY,
    stock posint DEFAULT 1,
    shelf small_posint,
    label short_text,
    labels tags
);
CREATE DOMAIN throwaway AS numeric(5,1);
ALTER TABLE products ADD COLUMN rating throwaway;
DROP DOMAIN throwaway CASCADE;
ALTER TABLE products ALTER COLUMN shelf SET NOT NULL;
