-- expect: success (PostgreSQL renames the column inside the view's query: pg_get_viewdef then reads "SELECT user_.avatar AS icon"); a view naming the column, or selecting *, is not rewritten here, so the rename fails closed
CREATE TABLE user_ (id serial PRIMARY KEY, icon text);
CREATE VIEW user_icons AS SELECT id, icon FROM user_;
ALTER TABLE user_ RENAME COLUMN icon TO avatar;
