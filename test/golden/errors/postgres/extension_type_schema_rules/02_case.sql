CREATE TABLE e3 (c ext.cube[], d public.citext[]);
