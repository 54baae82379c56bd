SELECT set_config('search_path', 'public', false);
