-- CREATE SCHEMA IF NOT EXISTS on an existing schema is a no-op (NOTICE).
CREATE SCHEMA IF NOT EXISTS reporting;
CREATE SCHEMA IF NOT EXISTS reporting;
CREATE SCHEMA IF NOT EXISTS public;

CREATE TABLE IF NOT EXISTS reporting.daily_totals (
    day date PRIMARY KEY,
    total bigint NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS reporting.daily_totals (
    something_else text
);
