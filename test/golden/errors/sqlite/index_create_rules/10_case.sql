CREATE INDEX i5 ON t (v || 'x', id + 1 DESC) WHERE id > 0;
