-- One product's sales per calendar month (UTC), read by ProductSalesPersistenceAdapter; bench/reports runs it too.
-- The product row (no row for an unknown id) crossed with every month from :from to :lastMonth, outer-joined to the
-- sums of the product's own lines (ix_order_lines_product_sales, an index-only scan) of paid orders (each found by
-- primary key) placed in [:from, :until). Months are UTC months.
SELECT p.name,
       CAST(extract(YEAR FROM m.month) AS integer),
       CAST(extract(MONTH FROM m.month) AS integer),
       coalesce(s.quantity, 0),
       coalesce(s.revenue, 0)
  FROM products p
 CROSS JOIN generate_series(CAST(:from AS timestamptz) AT TIME ZONE 'UTC', CAST(:lastMonth AS timestamptz) AT TIME ZONE 'UTC',
                            interval '1 month') AS m (month)
  LEFT JOIN (SELECT date_trunc('month', o.created_at AT TIME ZONE 'UTC') AS month,
                    sum(l.quantity) AS quantity,
                    sum(l.line_total) AS revenue
               FROM order_lines l
               JOIN orders o ON o.id = l.order_id
              WHERE l.product_id = :product
                AND o.status IN ('PROCESSING', 'SHIPPED', 'DELIVERED')
                AND o.created_at >= :from AND o.created_at < :until
              GROUP BY 1) AS s ON s.month = m.month
 WHERE p.id = :product
 ORDER BY m.month
