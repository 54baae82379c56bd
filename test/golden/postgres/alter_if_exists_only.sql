-- ALTER TABLE IF EXISTS on a missing table is a no-op (NOTICE); ONLY is accepted.
CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text
);

ALTER TABLE IF EXISTS legacy_notes ADD COLUMN flagged boolean;
ALTER TABLE IF EXISTS notes ADD COLUMN flagged boolean DEFAULT false;
ALTER TABLE ONLY notes ADD COLUMN author text;
ALTER TABLE IF EXISTS ONLY public.notes ADD COLUMN IF NOT EXISTS author text;
ALTER TABLE ONLY notes ADD CONSTRAINT notes_body_len CHECK (length(body) < 10000);
