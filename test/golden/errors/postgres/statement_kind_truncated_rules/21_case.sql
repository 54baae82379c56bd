SELECT set_config('lc_messages', 'C', false)
