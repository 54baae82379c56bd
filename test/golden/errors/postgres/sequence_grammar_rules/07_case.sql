CREATE SEQUENCE s4 OWNED BY public.t.v OWNER TO postgres;
