COMMENT ON TYPE other.mood IS 'feelings';
