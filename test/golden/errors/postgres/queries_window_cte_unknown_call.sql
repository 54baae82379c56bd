-- expect: success; the data statements (window functions, a CTE with a column list, IN/ARRAY subqueries, INSERT INTO t (columns)) change no schema; lines 12 and 14 call a user function, which may change it
CREATE TABLE item (id bigint PRIMARY KEY, task_id bigint NOT NULL, retry_count int NOT NULL);
CREATE FUNCTION touch(n bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT n $$;
WITH dup(task_id, retry_count) AS (
    SELECT task_id, retry_count FROM item GROUP BY task_id, retry_count HAVING count(*) > 1
), numbered AS (
    SELECT *, row_number() OVER (PARTITION BY task_id ORDER BY id) AS rn FROM item
    WHERE (task_id, retry_count) IN (SELECT task_id, retry_count FROM dup)
)
DELETE FROM item WHERE id IN (SELECT id FROM numbered WHERE rn > 1);
SELECT ARRAY(SELECT id FROM item), count(*) FILTER (WHERE retry_count > 0) FROM item;
WITH t(x) AS (SELECT touch(id) FROM item) SELECT x FROM t;
WITH n AS (SELECT DISTINCT ON (task_id) task_id FROM item) INSERT INTO public.item (id, task_id, retry_count) SELECT task_id, task_id, 0 FROM n;
WITH n AS (SELECT 1) INSERT INTO item (id, task_id, retry_count) SELECT touch(2), 2, 0;
