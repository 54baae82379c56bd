COMMENT ON CONSTRAINT t_pkey ON public.t IS 'pk';
