-- expect: PostgreSQL 15 accepts each statement, evaluating the literal once (a fixed timestamp/date becomes the default), so the stored default depends on when the migration ran: we fail closed.
CREATE TABLE t (a timestamptz DEFAULT 'NOW()');
CREATE TABLE u (b date DEFAULT 'today');
CREATE TABLE v (c timestamp DEFAULT 'now'::timestamp);
