SHOW search_path;
