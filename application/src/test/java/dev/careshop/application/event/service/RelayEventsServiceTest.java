package dev.careshop.application.event.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.event.fakes.InMemoryOutbox;
import dev.careshop.application.event.port.out.EventBrokerPort;
import dev.careshop.application.event.port.out.EventBrokerUnavailableException;
import dev.careshop.application.event.port.out.PendingEvent;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.StockDepleted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RelayEventsServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final FakeBroker broker = new FakeBroker();
    private final RelayEventsService relay = new RelayEventsService(outbox, broker, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void publishesABatchInOrderAndMarksItPublishedOnceTheBrokerConfirmedIt() {
        append(5);

        assertThat(relay.relayNext(3)).isEqualTo(3);
        assertThat(relay.relayNext(3)).isEqualTo(2);
        assertThat(relay.relayNext(3)).as("nothing left").isZero();

        assertThat(broker.published).extracting(PendingEvent::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(outbox.rows()).allMatch(outbox::isPublished);
    }

    @Test
    void aBrokerFailureMarksNothingSoTheSameEventsGoAgain() {
        append(2);
        broker.down = true;

        assertThatExceptionOfType(EventBrokerUnavailableException.class).isThrownBy(() -> relay.relayNext(10));
        assertThat(outbox.rows()).noneMatch(outbox::isPublished);

        broker.down = false;
        assertThat(relay.relayNext(10)).isEqualTo(2);
        assertThat(broker.published).extracting(PendingEvent::position).containsExactly(1L, 2L);
    }

    @Test
    void thePurgeForgetsOnlyEventsPublishedBeforeTheRetention() {
        append(1);
        relay.relayNext(10);
        PurgePublishedEventsService purge = new PurgePublishedEventsService(outbox,
                Clock.fixed(NOW.plus(Duration.ofDays(7)), ZoneOffset.UTC));

        assertThat(purge.purgeOlderThan(Duration.ofDays(7))).as("published exactly 7 days ago: kept").isZero();
        assertThat(purge.purgeOlderThan(Duration.ofDays(6))).isEqualTo(1);
        assertThat(outbox.rows()).isEmpty();
    }

    private void append(int count) {
        IntStream.range(0, count).forEach(i -> outbox.append(List.of(StockDepleted.of(ProductId.newId(), NOW))));
    }

    private static final class FakeBroker implements EventBrokerPort {

        private final List<PendingEvent> published = new ArrayList<>();
        private boolean down;

        @Override
        public void publish(List<PendingEvent> events) {
            if (down) {
                throw new EventBrokerUnavailableException("down", null);
            }
            published.addAll(events);
        }
    }
}
