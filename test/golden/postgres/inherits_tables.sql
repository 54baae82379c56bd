-- CREATE TABLE ... INHERITS: parents' columns first (merged across parents and with the table's own columns of the same name: NOT NULL or'ed, an own default wins), then its own; CHECKs inherited under their names; keys and indexes stay on the parent; keys, RLS and renames on tree members.
CREATE TABLE party (id bigint NOT NULL, name text, created timestamptz DEFAULT now(), CHECK (name <> ''));
CREATE TABLE located (id bigint, country char(2) DEFAULT 'US', CONSTRAINT country_upper CHECK (country = upper(country)));
CREATE TABLE person (first_name text, name text NOT NULL DEFAULT 'anon', id bigint PRIMARY KEY) INHERITS (party, located);
CREATE TABLE organisation (legal_name text UNIQUE) INHERITS (party);
CREATE TABLE company (vat text) INHERITS (organisation);
CREATE INDEX ON party (name);
ALTER TABLE organisation ADD PRIMARY KEY (id);
ALTER TABLE company ADD CONSTRAINT company_vat_key UNIQUE (vat);
ALTER TABLE person ENABLE ROW LEVEL SECURITY;
ALTER TABLE company ALTER COLUMN name SET DEFAULT 'acme';
ALTER TABLE located RENAME TO places;
CREATE TABLE scratch (x int) INHERITS (places);
DROP TABLE scratch;
