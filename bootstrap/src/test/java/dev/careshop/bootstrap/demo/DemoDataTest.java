package dev.careshop.bootstrap.demo;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.adapter.persistence.testsupport.PostgresTestDatabase;
import dev.careshop.bootstrap.CareShopApplication;
import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.RabbitTestBroker;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service started with {@code careshop.demo-data.enabled=true} on a database of its own, empty but for the first
 * administrator: the seeder has filled it by the time the context is up. Everything is checked through the API, as a
 * visitor would see it, apart from two totals the API has no list for. A context of its own (demo data on, another
 * database), closed afterwards, with a small pool.
 */
@SpringBootTest(classes = CareShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careshop.demo-data.enabled=true",
        "careshop.jwt.secret=" + Auth.JWT_SECRET,
        "careshop.bootstrap-admin.username=" + Auth.ADMIN_USERNAME,
        "careshop.bootstrap-admin.password=" + Auth.ADMIN_PASSWORD,
        "careshop.events.enabled=false",
        "spring.datasource.hikari.maximum-pool-size=5"
})
@AutoConfigureMockMvc
@Import(Auth.class)
@DirtiesContext
class DemoDataTest {

    private static final List<String> ORDER_STATUSES = List.of("PENDING", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED");
    private static final List<String> APPOINTMENT_STATUSES = List.of("BOOKED", "ARRIVED", "FULFILLED", "CANCELLED", "NOSHOW");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.registerFresh(registry);
        RabbitTestBroker.register(registry);
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private Auth auth;

    @Autowired
    private DemoDataSeeder seeder;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theClinicHasDoctorsOfSeveralSpecializationsAndPatientsWithHistories() throws Exception {
        String doctors = json("/api/doctors?size=100");
        assertThat(read(doctors, "$.page.totalElements").toString()).isEqualTo("12");
        List<String> specializations = read(doctors, "$.content[*].specialization");
        assertThat(new HashSet<>(specializations)).hasSizeGreaterThanOrEqualTo(3);

        assertThat(total("/api/patients?size=1")).isGreaterThanOrEqualTo(200);
        for (String status : APPOINTMENT_STATUSES) {
            assertThat(total("/api/appointments?size=1&status=" + status)).as(status).isPositive();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM prescriptions", Long.class)).isPositive();

        String patient = read(json("/api/appointments?size=1&status=FULFILLED"), "$.content[0].patientId");
        List<Object> history = read(json("/api/patients/" + patient + "/history"), "$.appointments");
        assertThat(history).isNotEmpty();
    }

    @Test
    void theShopHasOrdersInEveryStatusOverMoreThanAYear() throws Exception {
        assertThat(total("/api/products?size=1")).isEqualTo(44);
        assertThat(total("/api/categories?size=1")).isGreaterThanOrEqualTo(5);
        assertThat(total("/api/products?size=1&inStock=true")).isEqualTo(44);
        for (String status : ORDER_STATUSES) {
            assertThat(total("/api/orders?size=1&status=" + status)).as(status).isPositive();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payments WHERE status = 'FAILED'", Long.class)).isPositive();

        Instant oldest = Instant.parse(read(json("/api/orders?size=1&sort=createdAt,asc"), "$.content[0].createdAt"));
        Instant newest = Instant.parse(read(json("/api/orders?size=1&sort=createdAt,desc"), "$.content[0].createdAt"));
        assertThat(Duration.between(oldest, newest)).isGreaterThan(Duration.ofDays(365));
        assertThat(newest).isBefore(Instant.now());
    }

    @Test
    void theReportsShowFigures() throws Exception {
        List<Map<String, Object>> categories = read(json("/api/reports/categories"), "$.categories");
        assertThat(categories).anySatisfy(category ->
                assertThat(new BigDecimal(category.get("revenue").toString())).isPositive());

        String product = read(json("/api/products?size=1"), "$.content[0].id");
        List<Number> quantities = read(json("/api/reports/products/" + product + "/sales?months=18"), "$.months[*].quantity");
        assertThat(quantities).anySatisfy(quantity -> assertThat(quantity.longValue()).isPositive());

        String users = json("/api/reports/users");
        assertThat(((Number) read(users, "$.byRole.CUSTOMER")).longValue()).isGreaterThanOrEqualTo(30);
        assertThat(((Number) read(users, "$.byRole.STAFF")).longValue()).isEqualTo(1);
        assertThat(((Number) read(users, "$.registeredLast30Days")).longValue()).isPositive();
    }

    @Test
    void theDemoAccountsSignInAndTheCustomerSeesOrdersInEveryStatus() throws Exception {
        String customer = auth.logIn(DemoPlan.DEMO_CUSTOMER, DemoPlan.DEMO_PASSWORD);
        String me = body(mvc.perform(get("/api/users/me").with(Auth.as(customer))).andExpect(status().isOk()));
        assertThat((String) read(me, "$.role")).isEqualTo("CUSTOMER");
        String orders = body(mvc.perform(get("/api/users/" + read(me, "$.id") + "/orders?size=100").with(Auth.as(customer)))
                .andExpect(status().isOk()));
        assertThat(new HashSet<>(read(orders, "$.content[*].status"))).containsAll(ORDER_STATUSES);
        List<String> payments = read(orders, "$.content[*].payment.status");
        assertThat(payments).contains("FAILED", "COMPLETED");

        String staff = read(body(mvc.perform(postJson("/api/auth/token", """
                {"username": "demo.staff", "password": "careshop-demo"}""").with(Auth.anonymous()))
                .andExpect(status().isOk())), "$.accessToken");
        String staffMe = body(mvc.perform(get("/api/users/me").with(Auth.as(staff))).andExpect(status().isOk()));
        assertThat((String) read(staffMe, "$.role")).isEqualTo("STAFF");
    }

    @Test
    void runningAgainOnTheFilledDatabaseChangesNothing() throws Exception {
        List<Long> before = counts();

        assertThat(seeder.seed()).isEqualTo(DemoDataSeeder.Outcome.SKIPPED);

        assertThat(counts()).isEqualTo(before);
    }

    private List<Long> counts() throws Exception {
        return List.of(total("/api/patients?size=1"), total("/api/doctors?size=1"), total("/api/appointments?size=1"),
                total("/api/products?size=1&includeInactive=true"), total("/api/orders?size=1"), total("/api/users?size=1"));
    }

    private String json(String path) throws Exception {
        return body(mvc.perform(get(path)).andExpect(status().isOk()));
    }

    private long total(String path) throws Exception {
        return ((Number) read(json(path), "$.page.totalElements")).longValue();
    }
}
