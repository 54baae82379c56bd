CREATE TABLE k4 (v text DEFAULT 'own') INHERITS (pa, pc);
