ALTER INDEX app.p_v ATTACH PARTITION app.loose_v;
