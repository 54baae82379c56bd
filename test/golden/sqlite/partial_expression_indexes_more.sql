-- Partial and expression indexes: json_extract, length, multiple columns
-- with DESC, unique partial, and a COLLATE on an expression.
CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, payload TEXT, created_at INTEGER, deleted_at INTEGER);
CREATE INDEX events_live ON events (created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX events_user ON events (json_extract(payload, '$.user_id'));
CREATE UNIQUE INDEX events_kind_once ON events (kind) WHERE kind IN ('install', 'uninstall');
CREATE INDEX events_len ON events (length(payload), kind DESC);
CREATE INDEX events_kind_ci ON events (kind COLLATE NOCASE, id);
CREATE INDEX events_expr_partial ON events (abs(created_at)) WHERE created_at < 0;
DROP INDEX events_len;
