-- Every ON DELETE / ON UPDATE action, column and table level.
CREATE TABLE parents (
    id integer PRIMARY KEY,
    code text UNIQUE NOT NULL
);

CREATE TABLE children (
    id integer PRIMARY KEY,
    p_cascade integer REFERENCES parents ON DELETE CASCADE,
    p_setnull integer REFERENCES parents (id) ON DELETE SET NULL,
    p_setdefault integer DEFAULT 0 REFERENCES parents (id) ON DELETE SET DEFAULT,
    p_restrict integer REFERENCES parents (id) ON DELETE RESTRICT,
    p_noaction integer REFERENCES parents (id) ON DELETE NO ACTION,
    p_upd text REFERENCES parents (code) ON UPDATE CASCADE ON DELETE SET NULL,
    p_upd2 text,
    p_both integer,
    FOREIGN KEY (p_upd2) REFERENCES parents (code) ON UPDATE RESTRICT,
    CONSTRAINT children_both_fk FOREIGN KEY (p_both) REFERENCES parents (id)
        ON UPDATE SET NULL ON DELETE CASCADE
);
