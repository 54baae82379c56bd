SELECT set_config(lower('WORK_MEM'), '8MB', false)
