package dev.careshop.bootstrap.support;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users and products for the order tests, written with plain SQL against the V2 tables: the users and catalog APIs
 * are built elsewhere, and the orders slice only relies on the schema. Each fixture is unique (random names).
 */
public final class ShopFixtures {

    private final JdbcTemplate jdbc;

    public ShopFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public UUID user() {
        UUID id = UUID.randomUUID();
        String name = "u" + TestData.marker();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO users (id, username, email, full_name, password_hash, role, active, created_at, updated_at, version)
                VALUES (?, ?, ?, 'Order Tester', '$2a$10$fixturefixturefixturefixtureuu', 'CUSTOMER', true, ?, ?, 0)""",
                id, name, name + "@example.org", now, now);
        return id;
    }

    public UUID product(String price, int stock) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO products (id, name, description, price, stock_quantity, category_id, active, created_at, updated_at, version)
                VALUES (?, ?, NULL, ?, ?, NULL, true, ?, ?, 0)""",
                id, "Product " + TestData.marker(), new BigDecimal(price), stock, now, now);
        return id;
    }

    public String productName(UUID id) {
        return jdbc.queryForObject("SELECT name FROM products WHERE id = ?", String.class, id);
    }

    public int stock(UUID productId) {
        return jdbc.queryForObject("SELECT stock_quantity FROM products WHERE id = ?", Integer.class, productId);
    }

    public long productVersion(UUID productId) {
        return jdbc.queryForObject("SELECT version FROM products WHERE id = ?", Long.class, productId);
    }

    public void setPrice(UUID productId, String price) {
        jdbc.update("UPDATE products SET price = ? WHERE id = ?", new BigDecimal(price), productId);
    }

    public void deactivateProduct(UUID productId) {
        jdbc.update("UPDATE products SET active = false WHERE id = ?", productId);
    }

    public void deactivateUser(UUID userId) {
        jdbc.update("UPDATE users SET active = false WHERE id = ?", userId);
    }

    public long ordersOf(UUID userId) {
        return jdbc.queryForObject("SELECT count(*) FROM orders WHERE user_id = ?", Long.class, userId);
    }

    /** Orders with a line for the product. */
    public long ordersWith(UUID productId) {
        return jdbc.queryForObject("SELECT count(*) FROM order_lines WHERE product_id = ?", Long.class, productId);
    }

    public long unitsOrdered(UUID productId) {
        return jdbc.queryForObject("SELECT coalesce(sum(quantity), 0) FROM order_lines WHERE product_id = ?", Long.class, productId);
    }

    public String orderStatus(UUID orderId) {
        return jdbc.queryForObject("SELECT status FROM orders WHERE id = ?", String.class, orderId);
    }

    public long paymentsOf(UUID orderId, String status) {
        return jdbc.queryForObject("SELECT count(*) FROM payments WHERE order_id = ? AND status = ?", Long.class, orderId, status);
    }
}
