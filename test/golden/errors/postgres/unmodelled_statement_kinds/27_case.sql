ALTER SYSTEM SET work_mem = '4MB';
