-- pg_dump's form of CHECK constraints written with IN lists: the same
-- constraints as the migrations make, except orders_state_check, whose
-- list lost a value.
CREATE TABLE public.orders (
    id integer NOT NULL,
    status text,
    kind character varying(10),
    state character varying(10),
    qty integer,
    CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text]))),
    CONSTRAINT orders_kind_check CHECK (((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))),
    CONSTRAINT orders_state_check CHECK (((state)::text = ANY ((ARRAY['open'::character varying, 'closed'::character varying])::text[]))),
    CONSTRAINT orders_qty_check CHECK ((qty <> ALL (ARRAY[0, 13])))
);
