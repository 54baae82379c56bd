CREATE TABLE c2 (pid int REFERENCES public.nope);
