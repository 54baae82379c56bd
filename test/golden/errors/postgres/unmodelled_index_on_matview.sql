-- expect: success (an index on a materialized view is allowed)
CREATE MATERIALIZED VIEW daily_totals AS SELECT 1 AS day, 2 AS total;
CREATE INDEX daily_totals_day ON daily_totals (day);
