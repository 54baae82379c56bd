-- expect: success for the setup; cases: CREATE/ALTER/DROP POLICY forms and errors (messages match psql 15); 01, 06, 07, 12, 13-14 (no-ops), 16, 17 and 19 succeed in PostgreSQL; we fail closed on 19 (current_user) and on the syntax errors 20-26.
CREATE TABLE t (id int, owner text);
CREATE POLICY p_all ON t USING (owner = current_user);
CREATE POLICY p_ins ON t FOR INSERT WITH CHECK (id > 0);
