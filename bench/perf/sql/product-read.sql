-- Mirrors GET /api/products/{id} (public, no token, so no user check) as the service runs it today: the product by
-- primary key in the use case's read-only transaction (GetProductService). run.sh puts this run's value in place of
-- :product and drops these comment lines.
BEGIN;
SELECT id, name, description, price, stock_quantity, category_id, active, created_at, updated_at, version
  FROM products WHERE id = :product;
COMMIT;
