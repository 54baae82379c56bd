COPY t FROM '/dev/null'
