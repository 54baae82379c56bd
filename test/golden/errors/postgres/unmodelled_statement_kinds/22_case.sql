ALTER INDEX IF EXISTS public.t_v_idx SET (fillfactor = 70);
