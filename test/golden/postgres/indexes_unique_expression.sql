-- Unique indexes on expressions (case-insensitive e-mail) on text and varchar.
CREATE TABLE members (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    login varchar(64) NOT NULL,
    team_id integer
);

CREATE UNIQUE INDEX members_email_ci ON members (lower(email));
CREATE UNIQUE INDEX members_login_ci ON members (lower(login));
CREATE UNIQUE INDEX ON members (team_id, lower(email));
CREATE INDEX ON members (upper(login));
