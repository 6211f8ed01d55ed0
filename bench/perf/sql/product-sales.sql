-- Mirrors GET /api/reports/products/{id}/sales (12 months, the default) as the service runs it today: the token's user
-- confirmed by primary key in a transaction of its own (ConfirmActorService), then the report's one statement in the
-- use case's read-only transaction (GetProductSalesService). run.sh puts this run's value in place of :user, and the
-- statement of adapters-persistence/src/main/resources/report/product-sales.sql, its parameters substituted as
-- bench/reports/run.sh does, in place of the STATEMENT line; it drops these comment lines.
BEGIN;
SELECT id, username, role, active FROM users WHERE id = :user;
COMMIT;
BEGIN;
STATEMENT
;
COMMIT;
