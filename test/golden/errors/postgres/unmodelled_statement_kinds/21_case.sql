ALTER INDEX t_v_idx SET TABLESPACE pg_default;
