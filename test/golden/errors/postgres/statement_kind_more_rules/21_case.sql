ALTER INDEX IF EXISTS app.t_v_idx SET (fillfactor = 50);
