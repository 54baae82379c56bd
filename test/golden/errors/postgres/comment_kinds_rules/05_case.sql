COMMENT ON DOMAIN nosuch.d IS 'x';
