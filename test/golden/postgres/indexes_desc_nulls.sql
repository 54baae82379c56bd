-- Sort order options on index keys.
CREATE TABLE leaderboard (
    player_id integer PRIMARY KEY,
    score integer,
    last_seen timestamptz,
    nickname text
);

CREATE INDEX leaderboard_score_desc ON leaderboard (score DESC);
CREATE INDEX leaderboard_score_desc_nl ON leaderboard (score DESC NULLS LAST);
CREATE INDEX leaderboard_seen_nf ON leaderboard (last_seen NULLS FIRST);
CREATE INDEX leaderboard_seen_asc ON leaderboard (last_seen ASC NULLS LAST);
CREATE INDEX ON leaderboard (score DESC, nickname ASC, last_seen DESC NULLS FIRST);
CREATE INDEX ON leaderboard (lower(nickname) DESC);
