package dev.careshop.bootstrap.operations;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.shop.OrderRequests.payment;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The metrics an operator scrapes from the management port: Spring Boot's standard meters, and the business meters,
 * which move when the business does. Everything is done through the API, and read from /actuator/prometheus as
 * Prometheus would.
 */
class MetricsTest extends HttpTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*})?) (\\S+)$",
            Pattern.MULTILINE);
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalManagementPort
    private int managementPort;

    @Test
    void theBusinessMetersMoveWithTheBusiness() throws Exception {
        Map<String, Double> before = scrape();

        UUID customer = shop().user();
        UUID product = shop().product("4.99", 3);
        UUID declinedThenPaid = placed(customer, product, 1);
        pay(declinedThenPaid, "tok_declined").andExpect(status().isPaymentRequired());
        pay(declinedThenPaid, "tok_visa").andExpect(status().isCreated());
        UUID cancelled = placed(customer, product, 1);
        mvc.perform(post("/api/orders/" + cancelled + "/cancel")).andExpect(status().isOk());
        mvc.perform(postJson("/api/orders", order(customer, line(product, 5)))).andExpect(status().isConflict());
        mvc.perform(postJson("/api/products/" + product + "/stock", "{\"delta\": -50}")).andExpect(status().isConflict());

        UUID patient = clinic().patient();
        UUID doctor = clinic().doctor();
        Instant at = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        clinic().appointment(patient, doctor, at, 30);
        mvc.perform(postJson("/api/appointments", new Body().str("patientId", patient.toString())
                        .str("doctorId", doctor.toString()).str("startsAt", at.plusSeconds(600).toString()).json()))
                .andExpect(status().isConflict());

        String username = identities().customer("metrics").username();
        for (int attempt = 0; attempt < 6; attempt++) {
            mvc.perform(postJson("/api/auth/token", new Body().str("username", username).str("password", "Wrong-Password-42")
                    .json()).with(Auth.anonymous()));
        }

        Map<String, Double> after = scrape();
        assertThat(increase(before, after, "careshop_orders_placed_total")).isEqualTo(2);
        assertThat(increase(before, after, "careshop_orders_paid_total")).isEqualTo(1);
        assertThat(increase(before, after, "careshop_payments_declined_total")).isEqualTo(1);
        assertThat(increase(before, after, "careshop_orders_cancelled_total")).isEqualTo(1);
        assertThat(increase(before, after, "careshop_stock_refusals_total{application=\"careshop\",operation=\"order\"}"))
                .isEqualTo(1);
        assertThat(increase(before, after, "careshop_stock_refusals_total{application=\"careshop\",operation=\"adjustment\"}"))
                .isEqualTo(1);
        assertThat(increase(before, after, "careshop_appointments_booked_total")).isEqualTo(1);
        assertThat(increase(before, after, "careshop_appointments_double_bookings_refused_total")).isEqualTo(1);
        assertThat(increase(before, after, "careshop_logins_failed_total")).as("five refused, then throttled").isEqualTo(5);
        assertThat(increase(before, after, "careshop_logins_throttled_total")).isEqualTo(1);
        assertThat(increase(before, after,
                "careshop_use_case_seconds_count{application=\"careshop\",outcome=\"success\",use_case=\"PlaceOrder\"}"))
                .isEqualTo(2);
        assertThat(after.get("careshop_outbox_backlog_events{application=\"careshop\"}"))
                .as("this context publishes nothing (careshop.events.enabled=false): the orders' events wait")
                .isGreaterThanOrEqualTo(5);
        assertThat(after.get("careshop_outbox_oldest_age_seconds{application=\"careshop\"}")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theStandardMetersAreThereWithBoundedTagsOnly() throws Exception {
        clinic().patient();
        String scrape = scrapeText();

        assertThat(scrape).contains("http_server_requests_seconds_count{", "uri=\"/api/patients\"",
                "hikaricp_connections_active{", "jvm_memory_used_bytes{", "jvm_threads_live_threads{",
                "careshop_use_case_seconds_count{");
        assertThat(UUID_TEXT.matcher(scrape).find()).as("no id in any tag or value").isFalse();
        assertThat(scrape).doesNotContain(Auth.ADMIN_USERNAME + "\"");
    }

    @Test
    void metricsAreServedOnTheManagementPortOnlyWhileHealthIsOnBoth() throws Exception {
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get(port, "/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(get(managementPort, "/actuator/metrics").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health").body()).contains("\"db\":{\"status\":\"UP\"}");
        assertThat(get(port, "/actuator/health").body()).contains("\"db\":{\"status\":\"UP\"}");
        assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> unknownGroup = get(port, "/actuator/health/nothing");
        assertThat(unknownGroup.statusCode()).isEqualTo(404);
        assertThat(unknownGroup.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private UUID placed(UUID customer, UUID product, int quantity) throws Exception {
        return UUID.fromString(read(body(mvc.perform(postJson("/api/orders", order(customer, line(product, quantity))))
                .andExpect(status().isCreated())), "$.id"));
    }

    private org.springframework.test.web.servlet.ResultActions pay(UUID order, String token) throws Exception {
        return mvc.perform(postJson("/api/orders/" + order + "/payment", payment("CARD", token)));
    }

    private static double increase(Map<String, Double> before, Map<String, Double> after, String series) {
        String key = series.contains("{") ? series : series + "{application=\"careshop\"}";
        assertThat(after).as("series %s is scraped", key).containsKey(key);
        return after.get(key) - before.getOrDefault(key, 0.0);
    }

    private Map<String, Double> scrape() throws Exception {
        Matcher samples = SAMPLE.matcher(scrapeText());
        return samples.results().collect(Collectors.toMap(sample -> sample.group(1),
                sample -> Double.parseDouble(sample.group(2)), (first, second) -> second));
    }

    private String scrapeText() throws Exception {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
