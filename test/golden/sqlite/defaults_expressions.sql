-- DEFAULT keywords and parenthesised expressions; pragma shows the text inside
-- the parentheses with the surrounding spaces trimmed.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP,
    created_on DATE DEFAULT CURRENT_DATE,
    created_time TEXT DEFAULT current_time,
    stamp TEXT DEFAULT (datetime('now')),
    epoch INTEGER DEFAULT (strftime('%s', 'now')),
    sum_val INTEGER DEFAULT ( 1 + 2 ),
    negative INTEGER DEFAULT (-1),
    lowered TEXT DEFAULT (lower('ABC')),
    uuidish TEXT DEFAULT (hex(randomblob(16)))
);
