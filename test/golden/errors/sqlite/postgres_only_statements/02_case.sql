set statement_timeout = 0;
