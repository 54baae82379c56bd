CREATE TABLE m01 (c mood(3));
