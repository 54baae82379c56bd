-- RENAME VALUE reaches enum array defaults: the label inside '{...}'::type[] follows; an empty array stays.
CREATE TYPE st AS ENUM ('new', 'paid', 'void');
CREATE TABLE o (h st[] DEFAULT '{}', k st[] DEFAULT '{new,paid}', m st DEFAULT 'new');
ALTER TYPE st RENAME VALUE 'new' TO 'created';
