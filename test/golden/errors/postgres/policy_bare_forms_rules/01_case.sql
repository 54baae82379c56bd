CREATE POLICY p1 ON public.t;
