-- ProductSalesPersistenceAdapter's statement for months=12; PRODUCT_ID is replaced by run.sh.
SELECT p.name,
       CAST(extract(YEAR FROM m.month) AS integer),
       CAST(extract(MONTH FROM m.month) AS integer),
       coalesce(s.quantity, 0),
       coalesce(s.revenue, 0)
  FROM products p
 CROSS JOIN generate_series(CAST(date_trunc('month', now() AT TIME ZONE 'UTC') - interval '11 months' AS timestamp),
                            CAST(date_trunc('month', now() AT TIME ZONE 'UTC') AS timestamp), interval '1 month') AS m (month)
  LEFT JOIN (SELECT date_trunc('month', o.created_at AT TIME ZONE 'UTC') AS month,
                    sum(l.quantity) AS quantity,
                    sum(l.line_total) AS revenue
               FROM order_lines l
               JOIN orders o ON o.id = l.order_id
              WHERE l.product_id = 'PRODUCT_ID'
                AND o.status IN ('PROCESSING', 'SHIPPED', 'DELIVERED')
                AND o.created_at >= (date_trunc('month', now() AT TIME ZONE 'UTC') - interval '11 months') AT TIME ZONE 'UTC'
                AND o.created_at < (date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC'
              GROUP BY 1) AS s ON s.month = m.month
 WHERE p.id = 'PRODUCT_ID'
 ORDER BY m.month;
