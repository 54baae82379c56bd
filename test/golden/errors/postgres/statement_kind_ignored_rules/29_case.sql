RESET work_mem;
