ALTER TABLE public.t RENAME COLUMN icon TO avatar;
