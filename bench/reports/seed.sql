-- Benchmark data for the reports (issue 9): the shop of ../shop-seed.sql with 2,000 products, every 10th without a
-- category (20,000 users, 30 categories, 100,000 orders over the last 24 months in every status, 300,000 order lines).
-- Written straight into the tables the service migrated; the figures below depend only on these counts and shapes.
\set ON_ERROR_STOP on
BEGIN;
\set products 2000
\set uncategorised_every 10
\ir ../shop-seed.sql
COMMIT;
VACUUM ANALYZE;
