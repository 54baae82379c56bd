DROP INDEX p_pkey;
