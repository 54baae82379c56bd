-- Column type changes between time-of-day types that pg_cast allows without USING (implicit or assignment casts).
CREATE TABLE sched (a time, b timetz, c interval, d timestamptz, e timestamp, f time);
ALTER TABLE sched ALTER COLUMN a TYPE timetz, ALTER COLUMN b TYPE time, ALTER COLUMN c TYPE time;
ALTER TABLE sched ALTER COLUMN d TYPE timetz, ALTER COLUMN e TYPE time, ALTER COLUMN f TYPE interval;
