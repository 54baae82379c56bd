-- A goose migration with Up and Down sections and a StatementBegin block:
-- only the Up section is replayed.
-- +goose Up
CREATE TABLE subscriptions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    plan text NOT NULL DEFAULT 'free',
    started_at timestamptz NOT NULL DEFAULT now(),
    ends_at timestamptz
);
CREATE INDEX subscriptions_ends_at_idx ON subscriptions (ends_at) WHERE ends_at IS NOT NULL;
-- +goose StatementBegin
CREATE FUNCTION plan_rank(p text) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF p = 'free' THEN
    RETURN 0;
  END IF;
  RETURN 1;
END;
$$;
-- +goose StatementEnd
ALTER TABLE subscriptions ADD COLUMN seats integer NOT NULL DEFAULT 1 CHECK (seats > 0);

-- +goose Down
DROP TABLE subscriptions;
DROP FUNCTION plan_rank(text);
