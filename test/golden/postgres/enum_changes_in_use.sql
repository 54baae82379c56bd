-- Enum values added around existing ones while columns and arrays use the type.
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE person (id int, m mood DEFAULT 'ok', past mood[]);
ALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad';
ALTER TYPE mood ADD VALUE 'angry' BEFORE 'sad';
ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';
ALTER TYPE mood RENAME TO feeling;
CREATE TABLE other (s feeling DEFAULT 'sad', f feeling DEFAULT 'fine');
ALTER TYPE feeling RENAME VALUE 'fine' TO 'good';
