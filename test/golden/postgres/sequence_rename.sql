-- ALTER SEQUENCE ... RENAME: serial defaults follow the sequence (the
-- regclass constant refers to it, not to its name), in this schema and in
-- others, and the old name is free again.
CREATE SCHEMA app;
CREATE TABLE user_ban (id serial PRIMARY KEY, reason text);
CREATE TABLE app."Audit" (id bigserial, note text);
CREATE TABLE mirror (id integer DEFAULT nextval('user_ban_id_seq'::regclass), other bigint DEFAULT nextval('app."Audit_id_seq"'));
ALTER SEQUENCE user_ban_id_seq RENAME TO person_ban_id_seq;
ALTER SEQUENCE app."Audit_id_seq" RENAME TO "Audit Seq";
ALTER SEQUENCE IF EXISTS no_such_seq RENAME TO whatever;
CREATE SEQUENCE user_ban_id_seq;
CREATE TABLE ident (id int GENERATED ALWAYS AS IDENTITY, v text);
ALTER SEQUENCE ident_id_seq RENAME TO ident_seq;
