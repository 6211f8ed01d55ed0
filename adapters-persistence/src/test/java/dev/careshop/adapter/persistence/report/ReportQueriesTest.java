package dev.careshop.adapter.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.adapter.persistence.report.sales.CategoryPerformancePersistenceAdapter;
import dev.careshop.adapter.persistence.report.sales.ProductSalesPersistenceAdapter;
import dev.careshop.adapter.persistence.report.users.UserStatisticsPersistenceAdapter;
import dev.careshop.adapter.persistence.testsupport.PersistenceAdapterTest;
import dev.careshop.application.report.sales.port.in.CategoryPerformance;
import dev.careshop.application.report.sales.port.in.MonthlySales;
import dev.careshop.application.report.sales.port.in.ReportPeriod;
import dev.careshop.application.report.users.port.in.UserStatistics;
import dev.careshop.domain.shop.category.CategoryId;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The three report statements against a database of their own, migrated by Flyway and empty at the start of every
 * test (each test's rows roll back), so every figure is exact, the Uncategorised line and the user counts included.
 * Rows are written with plain SQL: what the reports read is the schema, not the write paths.
 */
@Import({UserStatisticsPersistenceAdapter.class, ProductSalesPersistenceAdapter.class, CategoryPerformancePersistenceAdapter.class})
@ContextConfiguration(initializers = PersistenceAdapterTest.OwnDatabase.class, inheritInitializers = false)
class ReportQueriesTest extends PersistenceAdapterTest {

    private final UserStatisticsPersistenceAdapter userStatistics;
    private final ProductSalesPersistenceAdapter productSales;
    private final CategoryPerformancePersistenceAdapter categoryPerformance;

    @Autowired
    ReportQueriesTest(UserStatisticsPersistenceAdapter userStatistics, ProductSalesPersistenceAdapter productSales,
                      CategoryPerformancePersistenceAdapter categoryPerformance) {
        this.userStatistics = userStatistics;
        this.productSales = productSales;
        this.categoryPerformance = categoryPerformance;
    }

    private UUID user(Role role, boolean active, Instant createdAt) {
        UUID id = UUID.randomUUID();
        String name = "u" + id.toString().substring(0, 12);
        jdbc.update("""
                INSERT INTO users (id, username, email, full_name, password_hash, role, active, created_at, updated_at, version)
                VALUES (?, ?, ?, NULL, 'hash', ?, ?, ?, now(), 0)""",
                id, name, name + "@example.org", role.name(), active, createdAt.atOffset(ZoneOffset.UTC));
        return id;
    }

    private UUID category(String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO categories (id, name, created_at, updated_at, version) VALUES (?, ?, now(), now(), 0)", id, name);
        return id;
    }

    private UUID product(String price, UUID category, boolean active) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO products (id, name, price, stock_quantity, category_id, active, created_at, updated_at, version)
                VALUES (?, ?, ?, 0, ?, ?, now(), now(), 0)""", id, "Product " + id, new BigDecimal(price), category, active);
        return id;
    }

    private record Line(UUID product, String unitPrice, int quantity) {
    }

    private static Line line(UUID product, String unitPrice, int quantity) {
        return new Line(product, unitPrice, quantity);
    }

    private void order(String status, Instant placedAt, Line... lines) {
        UUID customer = user(Role.CUSTOMER, true, placedAt);
        UUID order = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO orders (id, user_id, status, total_amount, shipping_line1, shipping_city, shipping_postal_code,
                                    shipping_country, created_at, updated_at, version)
                VALUES (?, ?, ?, 0, '1 Main Street', 'Berlin', '10115', 'DE', ?, ?, 0)""",
                order, customer, status, placedAt.atOffset(ZoneOffset.UTC), placedAt.atOffset(ZoneOffset.UTC));
        for (int i = 0; i < lines.length; i++) {
            BigDecimal price = new BigDecimal(lines[i].unitPrice());
            jdbc.update("""
                    INSERT INTO order_lines (id, order_id, line_number, product_id, product_name, unit_price, quantity, line_total)
                    VALUES (?, ?, ?, ?, 'as sold', ?, ?, ?)""", UUID.randomUUID(), order, i + 1, lines[i].product(), price,
                    lines[i].quantity(), price.multiply(BigDecimal.valueOf(lines[i].quantity())));
        }
    }

    private static CategoryPerformance performance(UUID category, String name, long products, long units, String revenue,
                                                   String averagePrice) {
        return new CategoryPerformance(category == null ? null : new CategoryId(category), name, products, units,
                new BigDecimal(revenue), averagePrice == null ? null : new BigDecimal(averagePrice));
    }

    private static MonthlySales sales(String month, long quantity, String revenue) {
        return new MonthlySales(YearMonth.parse(month), quantity, new BigDecimal(revenue));
    }

    // Users -----------------------------------------------------------------------------------------------------------

    @Test
    void noUsersAreZerosForEveryRole() {
        assertThat(userStatistics.statistics(Instant.parse("2026-11-03T00:00:00Z")))
                .isEqualTo(new UserStatistics(0, 0, 0, 0, Map.of()));
    }

    @Test
    void usersAreCountedByActivityRoleAndRegistrationFromTheInstantGiven() {
        Instant since = Instant.parse("2026-11-03T10:00:00Z");
        user(Role.CUSTOMER, true, since);
        user(Role.CUSTOMER, false, since.minusNanos(1_000));
        user(Role.STAFF, true, Instant.parse("2020-01-01T00:00:00Z"));
        user(Role.ADMIN, true, since.plusSeconds(3600));
        user(Role.CUSTOMER, true, since.plusSeconds(7200));

        assertThat(userStatistics.statistics(since)).isEqualTo(new UserStatistics(5, 4, 1, 3,
                Map.of(Role.CUSTOMER, 3L, Role.STAFF, 1L, Role.ADMIN, 1L)));
    }

    // Product sales ---------------------------------------------------------------------------------------------------

    @Test
    void aProductsSalesArePaidLinesPerUtcMonthWithEveryMonthOfTheWindow() {
        UUID product = product("9.99", null, false);
        UUID other = product("1.00", null, true);
        order("DELIVERED", Instant.parse("2025-11-01T00:00:00Z"), line(product, "10.00", 2), line(other, "1.00", 50));
        order("SHIPPED", Instant.parse("2025-11-30T23:59:59.999999Z"), line(product, "12.50", 1));
        order("PROCESSING", Instant.parse("2026-01-15T12:00:00Z"), line(product, "12.50", 3));
        order("CANCELLED", Instant.parse("2026-01-16T12:00:00Z"), line(product, "12.50", 100));
        order("PENDING", Instant.parse("2026-01-17T12:00:00Z"), line(product, "12.50", 100));
        order("DELIVERED", Instant.parse("2025-10-31T23:59:59.999999Z"), line(product, "12.50", 100));
        order("DELIVERED", Instant.parse("2026-02-01T00:00:00Z"), line(product, "12.50", 100));

        var report = productSales.monthlySales(new ProductId(product), YearMonth.of(2025, 11), YearMonth.of(2026, 1)).orElseThrow();

        assertThat(report.productName()).isEqualTo("Product " + product);
        assertThat(report.months()).containsExactly(sales("2025-11", 3, "32.50"), sales("2025-12", 0, "0.00"),
                sales("2026-01", 3, "37.50"));
    }

    @Test
    void anUnknownProductHasNoReportAndOneThatNeverSoldHasZeros() {
        UUID unsold = product("1.00", null, true);

        assertThat(productSales.monthlySales(new ProductId(UUID.randomUUID()), YearMonth.of(2026, 1), YearMonth.of(2026, 1))).isEmpty();
        assertThat(productSales.monthlySales(new ProductId(unsold), YearMonth.of(2026, 12), YearMonth.of(2027, 1)).orElseThrow().months())
                .containsExactly(sales("2026-12", 0, "0.00"), sales("2027-01", 0, "0.00"));
    }

    // Categories ------------------------------------------------------------------------------------------------------

    @Test
    void anEmptyShopIsOneUncategorisedLineOfZeros() {
        assertThat(categoryPerformance.performance(ReportPeriod.ALL_TIME))
                .containsExactly(performance(null, "Uncategorised", 0, 0, "0.00", null));
    }

    @Test
    void everyCategoryAndTheUncategorisedProductsByRevenueThenName() {
        UUID analgesics = category("Analgesics");
        UUID vitamins = category("Vitamins");
        UUID bandages = category("Bandages");
        UUID creams = category("Creams");
        UUID aspirin = product("5.00", analgesics, true);
        UUID paracetamol = product("6.01", analgesics, true);
        UUID withdrawn = product("100.00", analgesics, false);
        product("3.00", vitamins, true);
        UUID cream = product("7.00", creams, true);
        UUID loose = product("2.50", null, true);
        product("1.25", null, true);
        product("9.00", null, false);
        order("DELIVERED", Instant.parse("2026-03-10T12:00:00Z"), line(aspirin, "4.00", 2), line(loose, "2.50", 1));
        order("PROCESSING", Instant.parse("2026-03-31T23:59:59.999999Z"), line(paracetamol, "6.01", 1), line(withdrawn, "100.00", 1));
        order("SHIPPED", Instant.parse("2026-04-01T00:00:00Z"), line(aspirin, "5.00", 1), line(cream, "2.50", 1));
        order("CANCELLED", Instant.parse("2026-03-15T00:00:00Z"), line(aspirin, "4.00", 10), line(cream, "7.00", 10));
        order("PENDING", Instant.parse("2026-03-16T00:00:00Z"), line(paracetamol, "6.01", 10), line(loose, "2.50", 10));

        assertThat(categoryPerformance.performance(new ReportPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))).containsExactly(
                performance(analgesics, "Analgesics", 2, 4, "114.01", "5.51"),
                performance(null, "Uncategorised", 2, 1, "2.50", "1.88"),
                performance(bandages, "Bandages", 0, 0, "0.00", null),
                performance(creams, "Creams", 1, 0, "0.00", "7.00"),
                performance(vitamins, "Vitamins", 1, 0, "0.00", "3.00"));
        assertThat(categoryPerformance.performance(new ReportPeriod(LocalDate.of(2026, 4, 1), null))).containsExactly(
                performance(analgesics, "Analgesics", 2, 1, "5.00", "5.51"),
                performance(creams, "Creams", 1, 1, "2.50", "7.00"),
                performance(bandages, "Bandages", 0, 0, "0.00", null),
                performance(null, "Uncategorised", 2, 0, "0.00", "1.88"),
                performance(vitamins, "Vitamins", 1, 0, "0.00", "3.00"));
        assertThat(categoryPerformance.performance(ReportPeriod.ALL_TIME)).first()
                .isEqualTo(performance(analgesics, "Analgesics", 2, 5, "119.01", "5.51"));
    }

    @Test
    void aCategoryNamedUncategorisedComesBeforeTheLineOfProductsWithoutOne() {
        UUID named = category("Uncategorised");

        List<CategoryPerformance> report = categoryPerformance.performance(ReportPeriod.ALL_TIME);

        assertThat(report).extracting(CategoryPerformance::categoryId).containsExactly(new CategoryId(named), null);
    }
}
