-- ATTACH PARTITION picks the partition's first equivalent index in
-- creation order, whatever its sort order (CompareIndexInfo leaves out
-- ASC/DESC and NULLS FIRST/LAST), and ALTER INDEX ... ATTACH PARTITION
-- accepts an index that differs from its parent only in sort order.
CREATE TABLE p (k int, c int) PARTITION BY LIST (k);
CREATE INDEX p_c ON p (c);
CREATE TABLE x (k int, c int);
CREATE INDEX x_c_desc ON x (c DESC NULLS LAST);
ALTER TABLE p ATTACH PARTITION x FOR VALUES IN (1);
CREATE TABLE y (k int, c int);
CREATE INDEX y_c_desc ON y (c DESC);
CREATE INDEX y_c ON y (c);
ALTER TABLE p ATTACH PARTITION y FOR VALUES IN (2);
CREATE TABLE z PARTITION OF p FOR VALUES IN (3);
CREATE TABLE w (k int, c int);
CREATE INDEX w_c ON w (c);
CREATE INDEX p_c2 ON ONLY p (c DESC);
ALTER INDEX p_c2 ATTACH PARTITION y_c;
