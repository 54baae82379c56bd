CREATE TABLE rt1 (r base, ra base[], o other.ob, v bv);
