COMMENT ON COLUMN public.t.id IS 'the key';
