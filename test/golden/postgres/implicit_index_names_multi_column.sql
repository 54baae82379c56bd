-- Unnamed multi-column indexes join the column names; a repeated column is numbered.
CREATE TABLE line_items (
    order_id integer NOT NULL,
    line_no integer NOT NULL,
    sku text NOT NULL,
    qty integer NOT NULL DEFAULT 1
);

CREATE INDEX ON line_items (order_id, line_no);
CREATE UNIQUE INDEX ON line_items (sku, order_id);
CREATE INDEX ON line_items (order_id, order_id);
CREATE INDEX ON line_items (order_id, line_no, sku, qty);
CREATE INDEX ON line_items (order_id DESC, line_no);
