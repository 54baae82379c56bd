-- Partial indexes; predicates on text and varchar columns print differently.
CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    user_id integer NOT NULL,
    status text NOT NULL,
    plan varchar(20) NOT NULL,
    deleted_at timestamptz,
    seats integer
);

CREATE INDEX subscriptions_live ON subscriptions (user_id) WHERE deleted_at IS NULL;
CREATE INDEX subscriptions_active ON subscriptions (user_id) WHERE status = 'active';
CREATE INDEX subscriptions_pro ON subscriptions (user_id) WHERE plan = 'pro';
CREATE UNIQUE INDEX subscriptions_one_active ON subscriptions (user_id)
    WHERE status = 'active' AND deleted_at IS NULL;
CREATE INDEX ON subscriptions (seats) WHERE seats > 10 OR seats IS NULL;
CREATE INDEX ON subscriptions (status) WHERE status IN ('trial', 'active');
