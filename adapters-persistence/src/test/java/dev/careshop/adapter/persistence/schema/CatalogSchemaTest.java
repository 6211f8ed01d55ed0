package dev.careshop.adapter.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The catalog schema enforces its rules by itself (plain SQL, no Java in between), the constraint names are those
 * the persistence adapters translate, the stock adjustment statement can neither go negative nor overflow, and the
 * product list's {@code q} filter is served by the trigram index on a large table.
 */
class CatalogSchemaTest extends SchemaTest {

    /** The statement ProductSpringDataRepository.adjustStock runs. */
    private static final String ADJUST_STOCK = """
            UPDATE products
               SET stock_quantity = stock_quantity + ?, version = version + 1, updated_at = now()
             WHERE id = ? AND CAST(stock_quantity AS bigint) + ? BETWEEN 0 AND 2147483647""";
    private static final String STOCK = "SELECT stock_quantity FROM products WHERE id = ?";

    @Test
    void categoryNamesAreUniqueIgnoringCase() throws SQLException {
        String name = "Vitamins " + UUID.randomUUID();
        category(name);

        assertViolation(() -> category(name.toUpperCase()), "uq_categories_name");
    }

    @Test
    void aCategoryWithProductsCannotBeDeletedEvenIfTheyAreInactive() throws SQLException {
        UUID category = category("Shelf " + UUID.randomUUID());
        UUID product = product("Gone", 1, category);
        update("UPDATE products SET active = false WHERE id = ?", product);

        assertViolation(() -> update("DELETE FROM categories WHERE id = ?", category), "fk_products_category");
        assertViolation(() -> product("Orphan", 1, UUID.randomUUID()), "fk_products_category");
    }

    @Test
    void stockAndPriceAreChecked() throws SQLException {
        UUID product = product("Checked", 1, null);

        assertViolation(() -> update("UPDATE products SET stock_quantity = -1 WHERE id = ?", product), "ck_products_stock_not_negative");
        assertViolation(() -> update("UPDATE products SET price = -0.01 WHERE id = ?", product), "ck_products_price_not_negative");
    }

    @Test
    void theStockAdjustmentNeverGoesNegativeNorOverflows() throws SQLException {
        UUID product = product("Adjusted", 3, null);
        UUID full = product("Full", Integer.MAX_VALUE - 1, null);

        assertThat(adjust(product, -4)).isZero();
        assertThat(adjust(product, -3)).isEqualTo(1);
        assertThat(count(STOCK, product)).isZero();
        assertThatCode(() -> assertThat(adjust(full, 1_000_000)).isZero()).as("no 'integer out of range'").doesNotThrowAnyException();
        assertThat(adjust(full, 1)).isEqualTo(1);
        assertThat(count(STOCK, full)).isEqualTo(Integer.MAX_VALUE);
        assertThat(adjust(UUID.randomUUID(), 1)).isZero();
    }

    @Test
    void theNameFilterUsesTheTrigramIndexOnALargeTable() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO products (id, name, price, stock_quantity, active, created_at, updated_at, version)
                    SELECT gen_random_uuid(), 'Product ' || md5(i::text), (i % 1000) + 0.99, i % 50, i % 10 <> 0, now(), now(), 0
                    FROM generate_series(1, 30000) AS i""");
            statement.execute("ANALYZE products");
        }
        // The shape Hibernate generates for the q filter (ProductPersistenceAdapter), with the default list's active
        // filter and order.
        String plan = explain("""
                SELECT * FROM products p
                WHERE lower(p.name) LIKE lower(?) ESCAPE '\\' AND p.active
                ORDER BY p.name, p.id LIMIT 20""", "%" + md5(12345).substring(0, 8).toUpperCase() + "%");

        assertThat(plan).contains("ix_products_name_trgm");
    }

    private String explain(String sql, String pattern) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            explain.setString(1, pattern);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    private String md5(int i) throws SQLException {
        try (PreparedStatement md5 = connection.prepareStatement("SELECT md5(?::text)")) {
            md5.setString(1, String.valueOf(i));
            try (ResultSet rows = md5.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private UUID category(String name) throws SQLException {
        return insert("""
                INSERT INTO categories (id, name, created_at, updated_at, version) VALUES (?, ?, now(), now(), 0)""", name);
    }

    private UUID product(String name, int stock, UUID category) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        return insert("""
                INSERT INTO products (id, name, price, stock_quantity, category_id, active, created_at, updated_at, version)
                VALUES (?, ?, 1.00, ?, ?, true, ?, ?, 0)""", name, stock, category, now, now);
    }

    private int adjust(UUID product, int delta) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ADJUST_STOCK)) {
            statement.setInt(1, delta);
            statement.setObject(2, product);
            statement.setInt(3, delta);
            return statement.executeUpdate();
        }
    }
}
