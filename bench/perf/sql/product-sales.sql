-- Mirrors GET /api/reports/products/{id}/sales (12 months, the default) as the service runs it: one transaction (a
-- request without a body, see RequestTransaction) with the token's user confirmed by primary key, then the report's
-- one statement (GetProductSalesService). run.sh puts this run's value in place of :user, and the
-- statement of adapters-persistence/src/main/resources/report/product-sales.sql, its parameters substituted as
-- bench/reports/run.sh does, in place of the STATEMENT line; it drops these comment lines.
BEGIN;
SELECT id, username, role FROM users WHERE id = :user AND active;
STATEMENT
;
COMMIT;
