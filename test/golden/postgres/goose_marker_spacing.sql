-- goose markers with extra blanks, tabs and a carriage return, in
-- either case: only the up sections are replayed.
--   +goose Up 	
CREATE TABLE kept (id int);
--	+goose down
DROP TABLE kept;
CREATE TABLE dropped_in_down (id int);
-- +GOOSE UP
CREATE TABLE kept_too (id int);
-- +goose Down   
DROP TABLE kept_too;
