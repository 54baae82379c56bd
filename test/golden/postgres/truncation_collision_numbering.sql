-- When a truncated name collides, the counter goes into the label ("idx1")
-- and the name is truncated again so it still fits 63 bytes.
CREATE TABLE warehouse_inventory_movements_between_distribution_centers (
    movement_identifier_from_the_legacy_enterprise_resource_planning integer,
    quantity integer
);

CREATE INDEX ON warehouse_inventory_movements_between_distribution_centers (movement_identifier_from_the_legacy_enterprise_resource_planning);
CREATE INDEX ON warehouse_inventory_movements_between_distribution_centers (movement_identifier_from_the_legacy_enterprise_resource_planning);
CREATE INDEX ON warehouse_inventory_movements_between_distribution_centers (movement_identifier_from_the_legacy_enterprise_resource_planning);

ALTER TABLE warehouse_inventory_movements_between_distribution_centers
    ADD CHECK (quantity <> 0),
    ADD CHECK (quantity <> 0);
