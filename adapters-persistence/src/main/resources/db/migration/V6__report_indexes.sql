-- The reports' paths through order_lines (issue 9), served from indexes alone (index-only scans), without a single
-- new index on the table every order writes to: the two indexes it already had now carry what the reports sum.

-- A product's sales: its own lines, with what each sold and the order to look up (for status and date), so the cost
-- follows the product's lines, never all lines. Replaces the plain index on product_id (the foreign key's look-up
-- when a product is deleted is served just as well).
DROP INDEX ix_order_lines_product;
CREATE INDEX ix_order_lines_product_sales ON order_lines (product_id) INCLUDE (order_id, quantity, line_total);

-- The category report narrowed to a period: the period's paid orders come from ix_orders_status_created, and each
-- one's lines from this constraint's index, which now also carries quantity and line total (same name, same rule:
-- an order names each product once).
ALTER TABLE order_lines
    DROP CONSTRAINT uq_order_lines_order_product,
    ADD CONSTRAINT uq_order_lines_order_product UNIQUE (order_id, product_id) INCLUDE (quantity, line_total);
