DROP OWNED BY nosuch_role;
