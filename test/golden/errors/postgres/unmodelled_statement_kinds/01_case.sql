\copy t FROM '/dev/null'
