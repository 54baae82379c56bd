-- The added column text is copied as written (inner whitespace, comments),
-- with trailing spaces and the semicolon removed.
create table log (id integer primary key, msg text);

alter table log add column   level   text   default   'info'  ;
ALTER  TABLE  log  ADD  source  TEXT /* where from */ ;
alter table log add
    line_no integer
        default 0;
ALTER TABLE log ADD COLUMN c INT DEFAULT 0;
