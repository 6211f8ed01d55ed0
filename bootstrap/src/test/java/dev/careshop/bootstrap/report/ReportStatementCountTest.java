package dev.careshop.bootstrap.report;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every report is one SQL statement, besides the token's user, whatever the data: measured with 0, 1 and 500 orders
 * (and users) behind the same report, in JSON and in CSV. The orders are written with SQL, all delivered, so they
 * count: 500 orders through the API would only make this test slow.
 */
class ReportStatementCountTest extends HttpTest {

    private static final long ONE_REPORT_STATEMENT = CONFIRMING_THE_USER + 1;
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    /** {@code count} delivered orders placed at {@code placedAt}, each with one line of {@code product}. */
    private void deliveredOrders(int count, UUID product, Instant placedAt) {
        UUID customer = shop().user();
        jdbc.update("""
                INSERT INTO orders (id, user_id, status, total_amount, shipping_line1, shipping_city, shipping_postal_code,
                                    shipping_country, created_at, updated_at, version)
                SELECT gen_random_uuid(), ?, 'DELIVERED', 2.00, '1 Main Street', 'Berlin', '10115', 'DE', ?, ?, 0
                  FROM generate_series(1, ?)""", customer, placedAt.atOffset(ZoneOffset.UTC), placedAt.atOffset(ZoneOffset.UTC), count);
        jdbc.update("""
                INSERT INTO order_lines (id, order_id, line_number, product_id, product_name, unit_price, quantity, line_total)
                SELECT gen_random_uuid(), o.id, 1, ?, 'Counted', 1.00, 2, 2.00 FROM orders o WHERE o.user_id = ?""",
                product, customer);
    }

    private long statementsOf(MockHttpServletRequestBuilder report) throws Exception {
        long json = sqlStatements.count(() -> mvc.perform(report).andExpect(status().isOk()));
        long csv = sqlStatements.count(() -> mvc.perform(report.accept(CSV)).andExpect(status().isOk()));
        assertThat(csv).as("CSV costs what JSON costs").isEqualTo(json);
        return json;
    }

    @Test
    void productSalesAreOneStatementFor0And1And500Orders() throws Exception {
        UUID none = shop().product("1.00", 0);
        UUID once = shop().product("1.00", 0);
        UUID often = shop().product("1.00", 0);
        Instant thisMonth = YearMonth.now(ZoneOffset.UTC).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        deliveredOrders(1, once, thisMonth);
        deliveredOrders(500, often, thisMonth);

        for (UUID product : new UUID[] {none, once, often}) {
            assertThat(statementsOf(get("/api/reports/products/" + product + "/sales").param("months", "60")))
                    .as("the token's user and the report").isEqualTo(ONE_REPORT_STATEMENT);
        }
        mvc.perform(get("/api/reports/products/" + often + "/sales").param("months", "1"))
                .andExpect(jsonPath("$.months[0].quantity").value(1000));
        assertThat(sqlStatements.count(() -> mvc.perform(get("/api/reports/products/" + UUID.randomUUID() + "/sales"))
                .andExpect(status().isNotFound()))).as("an unknown product is found out by the same statement").isEqualTo(ONE_REPORT_STATEMENT);
    }

    @Test
    void theCategoryReportIsOneStatementFor0And1And500OrdersInItsPeriod() throws Exception {
        UUID product = shop().product("1.00", 0);
        deliveredOrders(1, product, Instant.parse("2005-02-10T10:00:00Z"));
        deliveredOrders(500, product, Instant.parse("2005-03-10T10:00:00Z"));

        for (String month : new String[] {"2005-01", "2005-02", "2005-03"}) {
            YearMonth period = YearMonth.parse(month);
            assertThat(statementsOf(get("/api/reports/categories")
                    .param("from", period.atDay(1).toString()).param("to", period.atEndOfMonth().toString())))
                    .as("the token's user and the report, %s", month).isEqualTo(ONE_REPORT_STATEMENT);
        }
        assertThat(statementsOf(get("/api/reports/categories"))).as("no period").isEqualTo(ONE_REPORT_STATEMENT);
    }

    @Test
    void userStatisticsAreOneStatementHoweverManyUsersThereAre() throws Exception {
        long before = statementsOf(get("/api/reports/users"));
        shop().user();
        long afterOne = statementsOf(get("/api/reports/users"));
        for (int i = 0; i < 500; i++) {
            shop().user();
        }
        long afterFiveHundred = statementsOf(get("/api/reports/users"));

        assertThat(afterFiveHundred).isEqualTo(afterOne).isEqualTo(before).isEqualTo(ONE_REPORT_STATEMENT);
    }
}
