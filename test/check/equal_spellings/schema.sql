-- serial against integer + nextval + an owned sequence, identifier case and quoting, varchar/character varying, bool/boolean, parenthesised defaults, CURRENT_TIMESTAMP: all equal.
CREATE SEQUENCE t_id_seq AS integer;
CREATE TABLE t (id integer NOT NULL DEFAULT nextval('t_id_seq'::regclass), "Name" VARCHAR(20), ok BOOL DEFAULT (TRUE), at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP, CONSTRAINT t_pkey PRIMARY KEY (id));
ALTER SEQUENCE t_id_seq OWNED BY t.id;
