SET search_path = app, public;
ALTER INDEX p_v ATTACH PARTITION nope;
