-- Array columns of many element types with array defaults, ALTERed to
-- other array types and back to scalar with USING.
CREATE TABLE arrs (
    id int PRIMARY KEY,
    ints int[] DEFAULT '{}',
    texts text[] DEFAULT ARRAY[]::text[],
    nums numeric(5,2)[] DEFAULT '{1.5,2.25}',
    dates date[],
    grid int[][] DEFAULT '{{1,2},{3,4}}',
    flags boolean[3],
    uuids uuid[]
);
ALTER TABLE arrs ALTER COLUMN ints TYPE bigint[] USING ints::bigint[];
ALTER TABLE arrs ALTER COLUMN texts TYPE varchar(50)[] USING texts::varchar(50)[];
ALTER TABLE arrs ALTER COLUMN dates TYPE text USING array_to_string(dates, ',');
ALTER TABLE arrs ADD COLUMN tags varchar(20)[] NOT NULL DEFAULT '{a,b}';
CREATE INDEX ON arrs USING gin (ints);
