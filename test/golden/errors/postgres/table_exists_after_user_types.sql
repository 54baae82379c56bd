-- expect: the first four statements succeed; the last fails: ERROR:  relation "other" already exists
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE moods (id int PRIMARY KEY, m mood NOT NULL);
CREATE INDEX moods_m_idx ON moods (m);
CREATE TABLE other (id int PRIMARY KEY);
CREATE TABLE other (id int);
