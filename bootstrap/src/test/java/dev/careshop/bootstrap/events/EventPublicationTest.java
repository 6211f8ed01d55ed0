package dev.careshop.bootstrap.events;

import static dev.careshop.bootstrap.shop.OrderRequests.line;
import static dev.careshop.bootstrap.shop.OrderRequests.order;
import static dev.careshop.bootstrap.shop.OrderRequests.payment;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.RabbitTestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events reach the real broker (the relay runs in this test's context only: elsewhere its polling would add to
 * the statement counts): a consumer's queue, bound to the run's exchange, receives each business change
 * once the relay has published it, as the JSON envelope SPEC.md promises, in order per aggregate. A use case that fails
 * leaves no event.
 */
class EventPublicationTest extends HttpTest {

    @DynamicPropertySource
    static void relayOn(DynamicPropertyRegistry registry) {
        registry.add("careshop.events.enabled", () -> "true");
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    private AmqpAdmin admin;

    @Autowired
    private RabbitTemplate rabbit;

    private Queue queue;
    private final List<Received> arrived = new ArrayList<>();

    /** Other tests publish too: the queue gets everything, and each test picks its own aggregate's events. */
    @BeforeEach
    void bindAQueue() {
        TopicExchange exchange = new TopicExchange(RabbitTestBroker.EXCHANGE, true, false);
        admin.declareExchange(exchange);
        // Neither exclusive nor auto-delete: the queue must outlive any one connection of the template's cache.
        queue = new Queue("careshop.test-consumer-" + UUID.randomUUID(), false, false, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("#"));
    }

    @AfterEach
    void deleteTheQueue() {
        admin.deleteQueue(queue.getName());
    }

    /** Where the instance publishes, the broker is part of its health (OperationsEndpointsTest: not where it does not). */
    @Test
    void theBrokerIsPartOfHealth() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.rabbit.status").value("UP"));
    }

    @Test
    void anOrdersLifeArrivesInOrderAsJsonEnvelopesEachConfirmedInTheOutbox() throws Exception {
        UUID user = shop().user();
        UUID product = shop().product("4.99", 2);
        UUID orderId = UUID.fromString(read(body(mvc.perform(postJson("/api/orders", order(user, line(product, 2))))
                .andExpect(status().isCreated())), "$.id"));
        mvc.perform(postJson("/api/orders/" + orderId + "/payment", payment("CARD", "tok_declined")))
                .andExpect(status().isPaymentRequired());
        mvc.perform(postJson("/api/orders/" + orderId + "/payment", payment("CARD", "tok_visa")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/orders/" + orderId + "/ship")).andExpect(status().isOk());
        mvc.perform(post("/api/orders/" + orderId + "/deliver")).andExpect(status().isOk());

        List<Received> orderEvents = receive(5, orderId);

        assertThat(orderEvents).extracting(Received::type)
                .containsExactly("OrderPlaced", "OrderPaid", "OrderShipped", "OrderDelivered");
        assertThat(orderEvents).extracting(event -> event.body().get("sequence").asLong()).containsExactly(1L, 2L, 3L, 4L);
        Received placed = orderEvents.get(0);
        assertThat(placed.routingKey()).isEqualTo("OrderPlaced");
        assertThat(placed.message().getMessageProperties().getContentType()).isEqualTo("application/json");
        assertThat(placed.message().getMessageProperties().getMessageId()).isEqualTo(placed.body().get("eventId").asString());
        assertThat(placed.body().get("aggregateType").asString()).isEqualTo("Order");
        assertThat(Instant.parse(placed.body().get("occurredAt").asString())).isBefore(Instant.now());
        JsonNode payload = placed.body().get("payload");
        assertThat(payload.get("userId").asString()).isEqualTo(user.toString());
        assertThat(payload.get("lines").get(0).get("productId").asString()).isEqualTo(product.toString());
        assertThat(payload.get("totalAmount").decimalValue()).isEqualByComparingTo("9.98");
        assertThat(orderEvents.get(1).body().get("payload").get("method").asString()).isEqualTo("CARD");

        assertThat(receive(1, product)).as("the order took the last 2 units").extracting(Received::type)
                .containsExactly("StockDepleted");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND published_at IS NULL",
                Long.class, orderId)).as("every event confirmed by the broker is marked published").isZero();
    }

    @Test
    void anAppointmentNamesItsPatientAndDoctorByIdOnly() throws Exception {
        UUID patient = clinic().patient("Ada Secret-Lovelace");
        UUID doctor = clinic().doctor();
        UUID appointment = clinic().appointment(patient, doctor, Instant.parse("2031-05-05T09:00:00Z"), 30);
        clinic().changeStatus(appointment, "ARRIVED");

        List<Received> events = receive(2, appointment);

        assertThat(events).extracting(Received::type).containsExactly("AppointmentBooked", "AppointmentStatusChanged");
        assertThat(events.get(0).body().get("payload").get("patientId").asString()).isEqualTo(patient.toString());
        assertThat(events.get(0).text()).doesNotContain("Secret").doesNotContain("Check-up");
        assertThat(events.get(1).body().get("payload").get("from").asString()).isEqualTo("BOOKED");
        assertThat(events.get(1).body().get("payload").get("to").asString()).isEqualTo("ARRIVED");
    }

    @Test
    void aRefusedOrderLeavesNoEvent() throws Exception {
        UUID user = shop().user();
        UUID product = shop().product("4.99", 1);

        mvc.perform(postJson("/api/orders", order(user, line(product, 2)))).andExpect(status().isConflict());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE payload ->> 'userId' = ?", Long.class,
                user.toString())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE aggregate_id = ?", Long.class, product))
                .isZero();
    }

    /**
     * The first {@code count} events of the aggregate, waiting for them if need be (at most the patience); what arrives
     * for other aggregates meanwhile is kept for later calls.
     */
    private List<Received> receive(int count, UUID aggregateId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (eventsOf(aggregateId).size() < count && System.nanoTime() < deadline) {
            Message message = rabbit.receive(queue.getName(), 500);
            if (message != null) {
                arrived.add(Received.of(message));
            }
        }
        return eventsOf(aggregateId);
    }

    private List<Received> eventsOf(UUID aggregateId) {
        return arrived.stream().filter(event -> event.body().get("aggregateId").asString().equals(aggregateId.toString()))
                .toList();
    }

    private record Received(Message message, JsonNode body) {

        static Received of(Message message) {
            return new Received(message, JSON.readTree(message.getBody()));
        }

        String type() {
            return body.get("type").asString();
        }

        String routingKey() {
            return message.getMessageProperties().getReceivedRoutingKey();
        }

        String text() {
            return new String(message.getBody(), StandardCharsets.UTF_8);
        }
    }
}
