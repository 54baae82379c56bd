DROP SEQUENCE sa, (sb);
