ALTER INDEX t_pkey RENAME TO t_key;
