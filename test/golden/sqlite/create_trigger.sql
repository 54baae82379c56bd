-- engine: success (trigger created; its BEGIN ... END body contains ";"); CREATE TRIGGER not modelled, and the CREATE INDEX after it must still be found
CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT, updated_at DATETIME);
CREATE TRIGGER docs_touch AFTER UPDATE ON docs
BEGIN
    UPDATE docs SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
    SELECT 1; -- a second statement inside the body
END;
CREATE INDEX docs_updated ON docs (updated_at);
