package dev.careshop.adapter.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.adapter.persistence.testsupport.PersistenceAdapterTest;
import dev.careshop.application.event.port.out.OutboxBacklog;
import dev.careshop.application.event.port.out.PendingEvent;
import dev.careshop.domain.shared.event.DomainEvent;
import dev.careshop.domain.shop.order.OrderPaid;
import dev.careshop.domain.shop.order.OrderPlaced;
import dev.careshop.domain.shop.order.PaymentMethod;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.StockDepleted;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox's numbering, payloads and claiming, against PostgreSQL. Each step runs in a transaction of its own (as
 * the use cases and the relay do), so two relays can be made to claim at the same time.
 */
@Import(OutboxPersistenceAdapter.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OutboxPersistenceAdapterTest extends PersistenceAdapterTest {

    private static final Instant NOON = Instant.parse("2026-03-29T12:00:00.123456Z");

    private final OutboxPersistenceAdapter outbox;

    @Autowired
    OutboxPersistenceAdapterTest(OutboxPersistenceAdapter outbox) {
        this.outbox = outbox;
    }

    @AfterEach
    void emptyTheOutbox() {
        jdbc.execute("TRUNCATE outbox, event_stream");
    }

    @Test
    void numbersEachAggregatesEventsFromOneAndStoresThePayloadWithoutTheEnvelope() {
        UUID order = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        OrderPlaced placed = new OrderPlaced(UUID.randomUUID(), order, UUID.randomUUID(),
                List.of(new OrderPlaced.Line(product, 2, new BigDecimal("4.99"))), new BigDecimal("9.98"), NOON);
        StockDepleted depleted = StockDepleted.of(new ProductId(product), NOON);
        OrderPaid paid = new OrderPaid(UUID.randomUUID(), order, UUID.randomUUID(), PaymentMethod.CARD,
                new BigDecimal("9.98"), NOON.plusSeconds(60));

        append(placed, depleted);
        append(paid);

        assertThat(jdbc.queryForList("SELECT event_type, sequence FROM outbox ORDER BY id")).containsExactly(
                Map.of("event_type", "OrderPlaced", "sequence", 1L),
                Map.of("event_type", "StockDepleted", "sequence", 1L),
                Map.of("event_type", "OrderPaid", "sequence", 2L));
        JsonNode payload = JsonMapper.builder().build().readTree(jdbc.queryForObject(
                "SELECT payload::text FROM outbox WHERE event_id = ?", String.class, placed.eventId()));
        assertThat(payload.propertyNames()).containsExactlyInAnyOrder("orderId", "userId", "lines", "totalAmount");
        assertThat(payload.get("lines").get(0).get("productId").asString()).isEqualTo(product.toString());
        assertThat(payload.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(payload.get("totalAmount").decimalValue()).isEqualByComparingTo("9.98");
        assertThat(jdbc.queryForObject("SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') "
                + "FROM outbox WHERE event_id = ?", String.class, placed.eventId())).isEqualTo("2026-03-29 12:00:00.123456");
    }

    @Test
    void claimsInOrderAndAPublishedEventLetsItsAggregatesNextOneGo() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        append(depleted(a), depleted(b));
        append(depleted(a));

        List<PendingEvent> first = transaction.execute(status -> {
            List<PendingEvent> claimed = outbox.claimUnpublished(10);
            outbox.markPublished(claimed, NOON);
            return claimed;
        });
        assertThat(first).extracting(PendingEvent::aggregateId, PendingEvent::sequence)
                .as("oldest aggregate first, each aggregate's events in sequence")
                .containsExactly(Tuple.tuple(a, 1L), Tuple.tuple(a, 2L),
                        Tuple.tuple(b, 1L));
        assertThat(first.get(0).payload()).contains("\"productId\"");
        assertThat(first.get(0).occurredAt()).isEqualTo(NOON);

        append(depleted(a));
        List<PendingEvent> next = transaction.execute(status -> outbox.claimUnpublished(10));
        assertThat(next)
                .extracting(PendingEvent::aggregateId, PendingEvent::sequence)
                .containsExactly(Tuple.tuple(a, 3L));
    }

    @Test
    void aSecondRelaySkipsEveryAggregateTheFirstHasClaimed() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        append(depleted(a), depleted(b));
        append(depleted(a), depleted(c));

        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<PendingEvent>> firstRelay = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            List<PendingEvent> batch = outbox.claimUnpublished(2);
            claimed.countDown();
            await(secondDone);
            outbox.markPublished(batch, NOON);
            return batch;
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        List<PendingEvent> second = transaction.execute(status -> outbox.claimUnpublished(10));
        secondDone.countDown();

        assertThat(firstRelay.get(10, TimeUnit.SECONDS)).extracting(PendingEvent::aggregateId).containsExactly(a, a);
        assertThat(second).as("a and b are held by the first relay (b's first event too, though it was not returned)")
                .extracting(PendingEvent::aggregateId).containsExactly(c);
    }

    @Test
    void thePurgeDeletesOnlyEventsPublishedBeforeTheGivenInstant() {
        append(depleted(UUID.randomUUID()), depleted(UUID.randomUUID()));
        transaction.executeWithoutResult(status -> outbox.markPublished(outbox.claimUnpublished(1), NOON));

        int purged = transaction.execute(status -> outbox.deletePublishedBefore(NOON.plus(Duration.ofMillis(1))));

        assertThat(purged).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE published_at IS NULL", Long.class))
                .as("the unpublished event stays").isEqualTo(1);
        Integer purgedAgain = transaction.execute(status -> outbox.deletePublishedBefore(NOON));
        assertThat(purgedAgain).isZero();
    }

    @Test
    void theBacklogCountsTheUnpublishedEventsAndDatesTheOldest() {
        OutboxBacklog none = transaction.execute(status -> outbox.backlog());
        assertThat(none).isEqualTo(OutboxBacklog.empty());

        append(StockDepleted.of(new ProductId(UUID.randomUUID()), NOON));
        append(StockDepleted.of(new ProductId(UUID.randomUUID()), NOON.plusSeconds(5)),
                StockDepleted.of(new ProductId(UUID.randomUUID()), NOON.plusSeconds(9)));
        transaction.executeWithoutResult(status -> outbox.markPublished(outbox.claimUnpublished(1), NOON));

        OutboxBacklog waiting = transaction.execute(status -> outbox.backlog());
        assertThat(waiting).as("the first event is published: two wait, the older of them from noon + 5 s")
                .isEqualTo(new OutboxBacklog(2, NOON.plusSeconds(5)));
    }

    private void append(DomainEvent... events) {
        transaction.executeWithoutResult(status -> outbox.append(List.of(events)));
    }

    private static StockDepleted depleted(UUID product) {
        return StockDepleted.of(new ProductId(product), NOON);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
