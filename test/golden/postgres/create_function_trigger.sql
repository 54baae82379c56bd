-- engine: success (function and trigger created); CREATE FUNCTION / CREATE TRIGGER not modelled
CREATE TABLE docs (id integer PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();  -- a ; inside the body
    RETURN NEW;
END;
$$;
CREATE TRIGGER docs_touch BEFORE UPDATE ON docs
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
