-- uuid, json, jsonb, bytea, boolean spellings.
CREATE TABLE documents (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    body json,
    meta jsonb NOT NULL DEFAULT '{}'::jsonb,
    attrs jsonb DEFAULT '{}',
    raw bytea,
    published boolean DEFAULT false,
    archived bool NOT NULL DEFAULT 'f',
    pinned BOOLEAN DEFAULT true
);
