-- expect: success for the setup; cases: CREATE/ALTER POLICY without clauses (01-03, accepted by PostgreSQL 15) and statements it rejects as syntax errors (04-06), where we fail closed.
CREATE TABLE t (id int);
CREATE POLICY p0 ON t;
