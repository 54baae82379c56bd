-- ALTER TABLE ... ADD COLUMN with column constraints, several ADDs in one statement.
CREATE TABLE teams (
    id integer PRIMARY KEY
);

CREATE TABLE players (
    id integer PRIMARY KEY
);

ALTER TABLE players ADD COLUMN name text NOT NULL DEFAULT '';
ALTER TABLE players ADD email varchar(120) UNIQUE;
ALTER TABLE players ADD COLUMN team_id integer REFERENCES teams (id) ON DELETE SET NULL;
ALTER TABLE players
    ADD COLUMN rating integer CHECK (rating BETWEEN 0 AND 3000),
    ADD COLUMN active boolean NOT NULL DEFAULT true,
    ADD jersey smallint CONSTRAINT players_jersey_positive CHECK (jersey > 0);
ALTER TABLE players ADD COLUMN nickname text NULL;
ALTER TABLE players ADD COLUMN code text CONSTRAINT players_code_uq UNIQUE;
