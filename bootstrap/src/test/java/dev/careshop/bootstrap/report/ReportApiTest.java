package dev.careshop.bootstrap.report;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.notFound;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.CatalogApi;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.TestData;
import dev.careshop.bootstrap.support.UserApi;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three reports over HTTP against a hand-built history: exact figures, the CSV form, and every bad input.
 * <p>
 * The database is shared with every other test, so each test counts only what it can tell apart: its own products
 * and categories, orders moved to a period no other test writes to (2004), and the user counts as the difference its
 * own users make. Who may read reports is {@code AuthorizationMatrixTest}'s; their statement counts are
 * {@link ReportStatementCountTest}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest extends HttpTest {

    private static final String USERS = "/api/reports/users";
    private static final String CATEGORIES = "/api/reports/categories";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    /** Reads answers into the records below; money into BigDecimal as written, so 30.00 is not 30.0. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The category tests' world, built once: a second copy would add its sales to the first's 2004. */
    private Shelves shelves;

    @BeforeAll
    void buildShelves() throws Exception {
        shelves = new Shelves();
    }

    record Month(int year, int month, long quantity, BigDecimal revenue) {
    }

    record ProductSales(UUID productId, String productName, List<Month> months) {
    }

    record CategoryLine(UUID categoryId, String name, long productCount, long unitsSold, BigDecimal revenue,
                        BigDecimal averagePrice) {
    }

    record CategoryReport(LocalDate from, LocalDate to, List<CategoryLine> categories) {
    }

    record UserStatistics(long totalUsers, long activeUsers, long inactiveUsers, long registeredLast30Days,
                          Map<String, Long> byRole) {
    }

    private static Month month(YearMonth month, long quantity, String revenue) {
        return new Month(month.getYear(), month.getMonthValue(), quantity, new BigDecimal(revenue));
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String salesOf(UUID product) {
        return "/api/reports/products/" + product + "/sales";
    }

    private <T> T read(ResultActions answer, Class<T> type) throws Exception {
        return JSON.readValue(body(answer.andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))), type);
    }

    private SalesHistory history() {
        return new SalesHistory(mvc, jdbc);
    }

    // Product sales ---------------------------------------------------------------------------------------------------

    /**
     * A product sold at 10.00, then at 12.50: two paid orders in one month (on its first and last microsecond), one
     * shipped order two months later beside a cancelled one, a pending order, one order this month and one 13 months
     * ago; then the product is deleted. Months without sales in between answer zeros.
     */
    @Test
    void productSalesCountPaidOrdersPerUtcMonthAtThePricesTheyWerePlacedAt() throws Exception {
        CatalogApi catalog = new CatalogApi(mvc);
        UUID customer = new UserApi(mvc).user();
        UUID product = catalog.product("Remedy " + TestData.marker(), "10.00", 100);
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        SalesHistory orders = history();

        orders.order(customer, startOf(now.minusMonths(5)), "PROCESSING", line(product, 2));
        orders.order(customer, startOf(now.minusMonths(4)).minusNanos(1_000), "DELIVERED", line(product, 1));
        mvc.perform(putJson(CatalogApi.PRODUCTS + "/" + product, CatalogApi.productUpdateBody("Remedy", "12.50").json()))
                .andExpect(status().isOk());
        orders.order(customer, startOf(now.minusMonths(3)).plus(Duration.ofDays(9)), "SHIPPED", line(product, 3));
        orders.order(customer, startOf(now.minusMonths(3)).plus(Duration.ofDays(10)), "CANCELLED", line(product, 4));
        orders.order(customer, startOf(now.minusMonths(1)), "PENDING", line(product, 5));
        orders.order(customer, startOf(now), "PROCESSING", line(product, 1));
        orders.order(customer, startOf(now.minusMonths(13)), "DELIVERED", line(product, 7));
        catalog.deleteProduct(product);

        ProductSales sales = read(mvc.perform(get(salesOf(product)).param("months", "6")), ProductSales.class);

        assertThat(sales.productId()).isEqualTo(product);
        assertThat(sales.productName()).isEqualTo("Remedy");
        assertThat(sales.months()).containsExactly(
                month(now.minusMonths(5), 3, "30.00"),
                month(now.minusMonths(4), 0, "0.00"),
                month(now.minusMonths(3), 3, "37.50"),
                month(now.minusMonths(2), 0, "0.00"),
                month(now.minusMonths(1), 0, "0.00"),
                month(now, 1, "12.50"));

        assertThat(read(mvc.perform(get(salesOf(product)).param("months", "1")), ProductSales.class).months())
                .containsExactly(month(now, 1, "12.50"));
        List<Month> fourteen = read(mvc.perform(get(salesOf(product)).param("months", "14")), ProductSales.class).months();
        assertThat(fourteen).hasSize(14).first().isEqualTo(month(now.minusMonths(13), 7, "87.50"));
        assertThat(read(mvc.perform(get(salesOf(product))), ProductSales.class).months())
                .as("twelve months unless asked otherwise").hasSize(12)
                .first().isEqualTo(month(now.minusMonths(11), 0, "0.00"));

        String csv = body(mvc.perform(get(salesOf(product)).param("months", "3").accept(CSV))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"product-sales-" + product + ".csv\"")));
        assertThat(csv).isEqualTo("year,month,quantity,revenue\r\n"
                + now.minusMonths(2).getYear() + "," + now.minusMonths(2).getMonthValue() + ",0,0.00\r\n"
                + now.minusMonths(1).getYear() + "," + now.minusMonths(1).getMonthValue() + ",0,0.00\r\n"
                + now.getYear() + "," + now.getMonthValue() + ",1,12.50\r\n");
    }

    @Test
    void productSalesOfAProductThatNeverSoldAreZerosAndMoneyHasTwoDecimals() throws Exception {
        UUID product = new CatalogApi(mvc).product("Unsold " + TestData.marker(), "1.99", 5);

        String json = body(mvc.perform(get(salesOf(product)).param("months", "2")).andExpect(status().isOk()));

        assertThat(json).contains("\"quantity\":0,\"revenue\":0.00");
        assertThat(JSON.readValue(json, ProductSales.class).months()).extracting(Month::revenue)
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"));
    }

    @Test
    void productSalesOfAnUnknownProductAreNotFoundAlsoWhenCsvIsAskedFor() throws Exception {
        String path = salesOf(UUID.fromString(TestData.UNKNOWN_ID));

        mvc.perform(get(path)).andExpect(notFound()).andExpect(jsonPath("$.instance").value(path));
        mvc.perform(get(path).accept(CSV)).andExpect(notFound());
    }

    // Categories ------------------------------------------------------------------------------------------------------

    /** Three categories (one with a deleted product, one without sales, one empty), an uncategorised product, 2004's orders. */
    private final class Shelves {
        final String marker = TestData.marker();
        final UUID analgesics;
        final UUID vitamins;
        final UUID empty;
        final UUID aspirin;
        final UUID paracetamol;
        final UUID discontinued;
        final UUID loose;

        Shelves() throws Exception {
            CatalogApi catalog = new CatalogApi(mvc);
            analgesics = catalog.category("Analgesics " + marker);
            vitamins = catalog.category("Vitamins " + marker);
            empty = catalog.category("Empty " + marker);
            aspirin = catalog.product("Aspirin " + marker, "4.00", 100, analgesics);
            paracetamol = catalog.product("Paracetamol " + marker, "6.01", 100, analgesics);
            discontinued = catalog.product("Discontinued " + marker, "100.00", 100, analgesics);
            catalog.product("Vitamin C " + marker, "3.00", 100, vitamins);
            loose = catalog.product("Loose " + marker, "2.50", 100);

            UUID customer = new UserApi(mvc).user();
            SalesHistory orders = history();
            orders.order(customer, Instant.parse("2004-03-10T12:00:00Z"), "DELIVERED", line(aspirin, 2), line(loose, 1));
            orders.order(customer, Instant.parse("2004-03-31T23:59:59.999999Z"), "PROCESSING", line(paracetamol, 1), line(discontinued, 1));
            orders.order(customer, Instant.parse("2004-03-15T08:00:00Z"), "CANCELLED", line(aspirin, 10));
            orders.order(customer, Instant.parse("2004-03-16T08:00:00Z"), "PENDING", line(paracetamol, 10));
            mvc.perform(putJson(CatalogApi.PRODUCTS + "/" + aspirin, CatalogApi.productUpdateBody("Aspirin " + marker, "5.00")
                    .str("categoryId", analgesics.toString()).json())).andExpect(status().isOk());
            orders.order(customer, Instant.parse("2004-04-01T00:00:00Z"), "SHIPPED", line(aspirin, 1));
            catalog.deleteProduct(discontinued);
        }

        CategoryLine lineOf(CategoryReport report, UUID category) {
            return report.categories().stream().filter(l -> category.equals(l.categoryId())).findFirst().orElseThrow();
        }
    }

    private CategoryReport categories(String from, String to) throws Exception {
        MockHttpServletRequestBuilder request = get(CATEGORIES);
        if (from != null) {
            request.param("from", from);
        }
        if (to != null) {
            request.param("to", to);
        }
        return read(mvc.perform(request), CategoryReport.class);
    }

    private static CategoryLine uncategorised(CategoryReport report) {
        return report.categories().stream().filter(l -> l.categoryId() == null).collect(onlyOne());
    }

    private static <T> Collector<T, ?, T> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertThat(list).as("exactly one Uncategorised line").hasSize(1);
            return list.get(0);
        });
    }

    @Test
    void categoriesCountPaidOrdersOfThePeriodActiveProductsAndTheirAveragePrice() throws Exception {
        CategoryReport march = categories("2004-03-01", "2004-03-31");

        assertThat(march.from()).isEqualTo(LocalDate.of(2004, 3, 1));
        assertThat(march.to()).isEqualTo(LocalDate.of(2004, 3, 31));
        // Aspirin 2 x 4.00 + paracetamol 6.01 + the since deleted product 100.00; the cancelled and pending orders do not
        // count; two active products, averaging (5.00 + 6.01) / 2, at today's prices.
        assertThat(shelves.lineOf(march, shelves.analgesics))
                .isEqualTo(new CategoryLine(shelves.analgesics, "Analgesics " + shelves.marker, 2, 4, new BigDecimal("114.01"), new BigDecimal("5.51")));
        assertThat(shelves.lineOf(march, shelves.vitamins))
                .isEqualTo(new CategoryLine(shelves.vitamins, "Vitamins " + shelves.marker, 1, 0, new BigDecimal("0.00"), new BigDecimal("3.00")));
        assertThat(shelves.lineOf(march, shelves.empty))
                .isEqualTo(new CategoryLine(shelves.empty, "Empty " + shelves.marker, 0, 0, new BigDecimal("0.00"), null));
        CategoryLine uncategorised = uncategorised(march);
        assertThat(uncategorised.name()).isEqualTo("Uncategorised");
        assertThat(uncategorised.unitsSold()).as("only this test sells in 2004").isEqualTo(1);
        assertThat(uncategorised.revenue()).isEqualTo(new BigDecimal("2.50"));
        assertThat(uncategorised.productCount()).as("every active product without a category, not only this test's")
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM products WHERE category_id IS NULL AND active", Long.class));

        // The first microsecond of April belongs to April, the last of March to March.
        CategoryReport april = categories("2004-04-01", "2004-04-01");
        assertThat(shelves.lineOf(april, shelves.analgesics).unitsSold()).isEqualTo(1);
        assertThat(shelves.lineOf(april, shelves.analgesics).revenue()).isEqualTo(new BigDecimal("5.00"));
        assertThat(uncategorised(april).revenue()).isEqualTo(new BigDecimal("0.00"));
        assertThat(shelves.lineOf(categories("2004-03-31", "2004-03-31"), shelves.analgesics).revenue()).isEqualTo(new BigDecimal("106.01"));

        assertThat(shelves.lineOf(categories(null, null), shelves.analgesics).revenue()).as("no period: every paid order")
                .isEqualTo(new BigDecimal("119.01"));
        assertThat(shelves.lineOf(categories("2004-03-11", null), shelves.analgesics).revenue()).isEqualTo(new BigDecimal("111.01"));
        assertThat(shelves.lineOf(categories(null, "2004-03-30"), shelves.analgesics).revenue()).isEqualTo(new BigDecimal("8.00"));
    }

    @Test
    void categoriesAreOrderedByRevenueThenNameAndEveryCategoryIsThereOnce() throws Exception {
        CategoryReport march = categories("2004-03-01", "2004-03-31");

        List<CategoryLine> lines = march.categories();
        assertThat(lines).extracting(CategoryLine::revenue).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(lines).extracting(CategoryLine::categoryId).filteredOn(Objects::nonNull).doesNotHaveDuplicates()
                .hasSize(jdbc.queryForObject("SELECT count(*) FROM categories", Integer.class));
        assertThat(lines.get(0).categoryId()).as("the only category with sales in March 2004 leads").isEqualTo(shelves.analgesics);
        assertThat(lines.get(1).categoryId()).as("then the uncategorised products' 2.50").isNull();
        assertThat(lines.indexOf(shelves.lineOf(march, shelves.empty))).as("equal revenue: by name")
                .isLessThan(lines.indexOf(shelves.lineOf(march, shelves.vitamins)));
    }

    @Test
    void categoriesAsCsvAreTheSameLinesWithEmptyCellsForNulls() throws Exception {
        String csv = body(mvc.perform(get(CATEGORIES).param("from", "2004-03-01").param("to", "2004-03-31").accept(CSV))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"category-performance.csv\"")));

        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(csv).endsWith("\r\n");
        assertThat(lines.get(0)).isEqualTo("categoryId,name,productCount,unitsSold,revenue,averagePrice");
        assertThat(lines.get(1)).isEqualTo(shelves.analgesics + ",Analgesics " + shelves.marker + ",2,4,114.01,5.51");
        assertThat(lines.get(2)).startsWith(",Uncategorised,").endsWith(",1,2.50," + uncategorised(categories("2004-03-01", "2004-03-31")).averagePrice());
        assertThat(lines).contains(shelves.empty + ",Empty " + shelves.marker + ",0,0,0.00,",
                shelves.vitamins + ",Vitamins " + shelves.marker + ",1,0,0.00,3.00");
        assertThat(lines).hasSize(categories("2004-03-01", "2004-03-31").categories().size() + 1);
    }

    @Test
    void aCategoryNameASpreadsheetWouldRunIsQuotedAndDefused() throws Exception {
        String name = "=HYPERLINK(\"http://example.org\", \"x\") " + TestData.marker();
        UUID category = new CatalogApi(mvc).category(name);

        String csv = body(mvc.perform(get(CATEGORIES).param("from", "1999-01-01").param("to", "1999-01-01").accept(CSV))
                .andExpect(status().isOk()));

        assertThat(csv).contains("\r\n" + category + ",\"'" + name.replace("\"", "\"\"") + "\",0,0,0.00,\r\n");
    }

    @Test
    void theWidestSupportedPeriodIsAccepted() throws Exception {
        assertThat(categories("0001-01-01", "9999-12-31").categories()).isNotEmpty();
    }

    // Users -----------------------------------------------------------------------------------------------------------

    private UserStatistics userStatistics() throws Exception {
        return read(mvc.perform(get(USERS)), UserStatistics.class);
    }

    /**
     * Four new accounts: a customer, one made staff, one deactivated, and one registered 31 days ago (by its stored
     * creation time); plus one registered 29 days ago. Compared with the figures just before, so the accounts other
     * tests made do not matter.
     */
    @Test
    void userStatisticsCountEveryAccountByActivityRecentRegistrationAndRole() throws Exception {
        UserApi users = new UserApi(mvc);
        UserStatistics before = userStatistics();

        users.user();
        UUID promoted = users.user();
        mvc.perform(putJson("/api/users/" + promoted + "/role", "{\"role\": \"STAFF\"}")).andExpect(status().isNoContent());
        users.inactiveUser(UserApi.username("gone"));
        UUID longAgo = users.user();
        UUID lately = users.user();
        Instant now = Instant.now();
        jdbc.update("UPDATE users SET created_at = ? WHERE id = ?", now.minus(Duration.ofDays(30)).minusSeconds(60).atOffset(ZoneOffset.UTC), longAgo);
        jdbc.update("UPDATE users SET created_at = ? WHERE id = ?", now.minus(Duration.ofDays(29)).atOffset(ZoneOffset.UTC), lately);

        UserStatistics after = userStatistics();

        assertThat(after.totalUsers() - before.totalUsers()).isEqualTo(5);
        assertThat(after.activeUsers() - before.activeUsers()).isEqualTo(4);
        assertThat(after.inactiveUsers() - before.inactiveUsers()).isEqualTo(1);
        assertThat(after.registeredLast30Days() - before.registeredLast30Days()).isEqualTo(4);
        assertThat(after.byRole()).containsOnlyKeys("CUSTOMER", "STAFF", "ADMIN");
        assertThat(after.byRole().get("CUSTOMER") - before.byRole().get("CUSTOMER")).isEqualTo(4);
        assertThat(after.byRole().get("STAFF") - before.byRole().get("STAFF")).isEqualTo(1);
        assertThat(after.byRole().get("ADMIN")).isEqualTo(before.byRole().get("ADMIN"));
        assertThat(after.activeUsers() + after.inactiveUsers()).isEqualTo(after.totalUsers());
        assertThat(after.byRole().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(after.totalUsers());
        assertThat(after).isEqualTo(new UserStatistics(
                jdbc.queryForObject("SELECT count(*) FROM users", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM users WHERE active", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM users WHERE NOT active", Long.class),
                after.registeredLast30Days(), after.byRole()));
    }

    // Every report ----------------------------------------------------------------------------------------------------

    @Test
    void aCustomerIsRefusedAndAnAnonymousCallerAskedToSignInAlsoForCsv() throws Exception {
        String customer = identities().customer("reader").token();

        for (String path : List.of(USERS, CATEGORIES, salesOf(UUID.fromString(TestData.UNKNOWN_ID)))) {
            mvc.perform(get(path).accept(CSV).with(Auth.as(customer))).andExpect(problem(403, "forbidden"));
            mvc.perform(get(path).accept(CSV).with(Auth.anonymous())).andExpect(problem(401, "unauthorized"))
                    .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));
        }
    }
}
