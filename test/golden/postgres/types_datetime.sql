-- Date/time spellings.
CREATE TABLE schedule (
    d date,
    t time,
    tz time with time zone,
    twtz time without time zone,
    ts timestamp,
    tstz timestamptz,
    tswtz timestamp with time zone,
    tswotz timestamp without time zone,
    ts3 timestamp(3) with time zone,
    ts0 timestamp(0),
    iv interval,
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    due_on date DEFAULT CURRENT_DATE,
    local_at timestamp DEFAULT LOCALTIMESTAMP,
    grace interval DEFAULT '1 day'
);
