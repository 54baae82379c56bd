-- Casts of the elements of an array default, against the array column's element type (modifier included).
CREATE TABLE t (a varchar(5)[] DEFAULT ARRAY['a'::varchar(5), 'b'::varchar], b text[] DEFAULT ARRAY['x'::varchar(3)]);
