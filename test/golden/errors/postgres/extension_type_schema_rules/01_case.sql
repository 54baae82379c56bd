CREATE TABLE e1 (c public.cube);
