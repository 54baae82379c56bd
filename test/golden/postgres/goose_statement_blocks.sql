-- +goose Up
-- +goose StatementBegin
CREATE TABLE job (id bigserial PRIMARY KEY, payload jsonb NOT NULL DEFAULT '{}');
CREATE FUNCTION job_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.payload := NEW.payload || '{"touched": true}';
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER job_touch BEFORE INSERT ON job FOR EACH ROW EXECUTE FUNCTION job_touch();
-- +goose Down
DROP TABLE job;
