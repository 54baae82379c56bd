DROP CAST (dom AS text);
