-- The shop's benchmark data, shared by bench/reports and bench/perf (each includes it inside its own transaction, with
-- \ir, after setting :products and :uncategorised_every): 20,000 users (every 50th staff, every 500th an
-- administrator, every 20th inactive), 30 categories, :products products (every :uncategorised_every-th without a
-- category, none when 0; 5 % withdrawn), 100,000 orders over the last 24 months in every status (10 % pending, 10 %
-- cancelled, the rest paid) and 300,000 order lines (3 per order, three different products).

INSERT INTO users (id, username, email, full_name, password_hash, role, active, created_at, updated_at, version)
SELECT gen_random_uuid(), 'bench' || i, 'bench' || i || '@example.org', 'Bench User ' || i,
       '$argon2id$v=19$m=16384,t=2,p=1$benchbenchbench$benchbenchbenchbenchbenchbenchbenchbenchben',
       CASE WHEN i % 500 = 0 THEN 'ADMIN' WHEN i % 50 = 0 THEN 'STAFF' ELSE 'CUSTOMER' END,
       i % 20 <> 0,
       now() - (i % 730) * interval '1 day', now(), 0
  FROM generate_series(1, 20000) AS i;

CREATE TEMP TABLE bench_categories AS
SELECT i AS n, gen_random_uuid() AS id FROM generate_series(1, 30) AS i;
INSERT INTO categories (id, name, description, created_at, updated_at, version)
SELECT id, 'Bench category ' || n, NULL, now(), now(), 0 FROM bench_categories;

CREATE TEMP TABLE bench_products AS
SELECT i AS n, gen_random_uuid() AS id, round((1 + (i * 37) % 9900 / 100.0)::numeric, 2) AS price
  FROM generate_series(0, :products - 1) AS i;
INSERT INTO products (id, name, description, price, stock_quantity, category_id, active, created_at, updated_at, version)
SELECT p.id, 'Bench product ' || p.n, 'Bench description ' || p.n, p.price, 1000,
       CASE WHEN :uncategorised_every > 0 AND p.n % :uncategorised_every = 0 THEN NULL
            ELSE (SELECT c.id FROM bench_categories c WHERE c.n = 1 + p.n % 30) END,
       p.n % 20 <> 7, now(), now(), 0
  FROM bench_products p;
CREATE INDEX ON bench_products (n);

CREATE TEMP TABLE bench_users AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM users WHERE username LIKE 'bench%';
CREATE INDEX ON bench_users (n);

CREATE TEMP TABLE bench_orders AS
SELECT i AS n, gen_random_uuid() AS id,
       now() - (i % 731) * interval '1 day' - (i % 86400) * interval '1 second' AS created_at,
       CASE WHEN i % 10 = 0 THEN 'PENDING' WHEN i % 10 = 1 THEN 'CANCELLED'
            WHEN i % 10 IN (2, 3) THEN 'PROCESSING' WHEN i % 10 IN (4, 5) THEN 'SHIPPED' ELSE 'DELIVERED' END AS status
  FROM generate_series(0, 99999) AS i;

INSERT INTO orders (id, user_id, status, total_amount, shipping_line1, shipping_city, shipping_postal_code, shipping_country,
                    created_at, updated_at, version)
SELECT o.id, u.id, o.status, 0, '1 Bench Street', 'Berlin', '10115', 'DE', o.created_at, o.created_at, 0
  FROM bench_orders o JOIN bench_users u ON u.n = o.n % 20000;

-- Three lines per order, three different products (300,000 / :products lines per product); prices as the product's,
-- varied a little so revenue is not quantity times one price.
INSERT INTO order_lines (id, order_id, line_number, product_id, product_name, unit_price, quantity, line_total)
SELECT gen_random_uuid(), o.id, k + 1, p.id, 'Bench product ' || p.n, p.price + (o.n % 3), 1 + (o.n + k) % 4,
       (p.price + (o.n % 3)) * (1 + (o.n + k) % 4)
  FROM bench_orders o
 CROSS JOIN generate_series(0, 2) AS k
  JOIN bench_products p ON p.n = (o.n * 7 + k * 331) % :products;

UPDATE orders o SET total_amount = t.total
  FROM (SELECT order_id, sum(line_total) AS total FROM order_lines GROUP BY order_id) t
 WHERE t.order_id = o.id;

