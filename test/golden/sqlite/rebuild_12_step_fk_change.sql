-- The 12-step rebuild used to change a foreign key action and add a
-- NOT NULL, with indexes recreated and a referencing table renamed back.
PRAGMA foreign_keys = OFF;
CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE players (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams (id), name TEXT);
CREATE INDEX players_team ON players (team_id);
BEGIN TRANSACTION;
CREATE TABLE players_new (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT ''
);
INSERT INTO players_new SELECT id, team_id, coalesce(name, '') FROM players;
DROP TABLE players;
ALTER TABLE players_new RENAME TO players;
CREATE INDEX players_team ON players (team_id);
PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;
