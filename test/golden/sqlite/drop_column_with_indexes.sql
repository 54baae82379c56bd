-- DROP COLUMN of columns not used by any index, key or check; the stored
-- CREATE text is cut; trailing and middle columns, then an ADD again.
CREATE TABLE profile (
    id INTEGER PRIMARY KEY,
    nick TEXT,
    bio TEXT DEFAULT '' ,
    avatar BLOB,
    age INTEGER CHECK (age > 0),
    website TEXT
);
CREATE INDEX profile_nick ON profile (nick);
ALTER TABLE profile DROP COLUMN avatar;
ALTER TABLE profile DROP COLUMN website;
ALTER TABLE profile DROP bio;
ALTER TABLE profile ADD COLUMN bio TEXT;
ALTER TABLE profile DROP COLUMN "bio";
