DROP INDEX sqlite_autoindex_t_1;
