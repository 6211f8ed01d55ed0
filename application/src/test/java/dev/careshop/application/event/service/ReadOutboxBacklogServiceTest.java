package dev.careshop.application.event.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.careshop.application.event.fakes.InMemoryOutbox;
import dev.careshop.application.event.port.out.OutboxBacklog;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.product.StockDepleted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReadOutboxBacklogServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final ReadOutboxBacklogService backlog = new ReadOutboxBacklogService(outbox);

    @Test
    void anEmptyOutboxHasNoBacklogAndNoAge() {
        assertThat(backlog.read()).isEqualTo(OutboxBacklog.empty());
        assertThat(backlog.read().oldestAge(CLOCK)).isEqualTo(Duration.ZERO);
    }

    @Test
    void countsTheWaitingEventsAndAgesTheOldestOfThem() {
        outbox.append(List.of(depleted(NOW.minusSeconds(90)), depleted(NOW.minusSeconds(30))));
        outbox.markPublished(outbox.claimUnpublished(1), NOW);
        outbox.append(List.of(depleted(NOW.minusSeconds(10))));

        OutboxBacklog waiting = backlog.read();

        assertThat(waiting.unpublished()).isEqualTo(2);
        assertThat(waiting.oldestAge(CLOCK)).as("the published event no longer counts").isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anEventStampedByAClockAheadOfThisOneIsNotNegativelyOld() {
        assertThat(new OutboxBacklog(1, NOW.plusSeconds(2)).oldestAge(CLOCK)).isEqualTo(Duration.ZERO);
    }

    @Test
    void theOldestTimeIsKnownExactlyWhenSomethingWaits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OutboxBacklog(0, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutboxBacklog(3, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutboxBacklog(-1, null));
    }

    private static StockDepleted depleted(Instant at) {
        return StockDepleted.of(new ProductId(UUID.randomUUID()), at);
    }
}
