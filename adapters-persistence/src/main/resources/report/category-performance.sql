-- Every category and one line for the products without one, read by CategoryPerformancePersistenceAdapter;
-- bench/reports runs it too. The paid orders (of the period: the adapter puts "AND o.created_at >= :from" and/or
-- "AND o.created_at < :until" in place of the PERIOD comment) summed per product, the products attached to their
-- categories, then one more line for those without a category. Highest revenue first, then name; a category that
-- happens to be named like that line comes before it.
WITH sold AS (
    SELECT l.product_id, sum(l.quantity) AS units, sum(l.line_total) AS revenue
      FROM orders o
      JOIN order_lines l ON l.order_id = o.id
     WHERE o.status IN ('PROCESSING', 'SHIPPED', 'DELIVERED') /* PERIOD */
     GROUP BY l.product_id
), figures AS (
    SELECT p.category_id, p.active, p.price, coalesce(s.units, 0) AS units, coalesce(s.revenue, 0) AS revenue
      FROM products p
      LEFT JOIN sold s ON s.product_id = p.id
), report AS (
    SELECT c.id AS category_id, c.name AS name,
           count(f.category_id) FILTER (WHERE f.active) AS product_count,
           coalesce(sum(f.units), 0) AS units_sold,
           coalesce(sum(f.revenue), 0) AS revenue,
           round(avg(f.price) FILTER (WHERE f.active), 2) AS average_price
      FROM categories c
      LEFT JOIN figures f ON f.category_id = c.id
     GROUP BY c.id, c.name
     UNION ALL
    SELECT CAST(NULL AS uuid), :uncategorised,
           count(*) FILTER (WHERE active),
           coalesce(sum(units), 0),
           coalesce(sum(revenue), 0),
           round(avg(price) FILTER (WHERE active), 2)
      FROM figures
     WHERE category_id IS NULL
)
SELECT category_id, name, product_count, units_sold, revenue, average_price
  FROM report
 ORDER BY revenue DESC, name, category_id NULLS LAST
