-- Partial, expression and DESC index keys; COLLATE on a key.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT,
    deleted_at DATETIME,
    score INTEGER,
    status TEXT
);

CREATE UNIQUE INDEX users_email_ci ON users (lower(email));
CREATE INDEX users_live ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX users_active ON users (id) WHERE status = 'active';
CREATE INDEX users_score ON users (score DESC, name ASC);
CREATE INDEX users_name_nocase ON users (name COLLATE NOCASE);
CREATE INDEX users_mix ON users (status, lower(name) DESC, score + 1) WHERE score > 0 AND status IS NOT NULL;
