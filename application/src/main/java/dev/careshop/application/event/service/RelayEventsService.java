package dev.careshop.application.event.service;

import dev.careshop.application.event.port.in.RelayEventsUseCase;
import dev.careshop.application.event.port.out.EventBrokerPort;
import dev.careshop.application.event.port.out.OutboxPort;
import dev.careshop.application.event.port.out.PendingEvent;
import dev.careshop.application.shared.UseCase;
import java.time.Clock;
import java.util.List;

/**
 * The claimed rows stay locked while the broker confirms, so a second relay (another instance) skips them instead of
 * publishing them too; if this one dies meanwhile, its transaction ends and the rows are claimable again.
 */
@UseCase
public class RelayEventsService implements RelayEventsUseCase {

    private final OutboxPort outbox;
    private final EventBrokerPort broker;
    private final Clock clock;

    public RelayEventsService(OutboxPort outbox, EventBrokerPort broker, Clock clock) {
        this.outbox = outbox;
        this.broker = broker;
        this.clock = clock;
    }

    @Override
    public int relayNext(int limit) {
        List<PendingEvent> batch = outbox.claimUnpublished(limit);
        if (batch.isEmpty()) {
            return 0;
        }
        broker.publish(batch);
        outbox.markPublished(batch, clock.instant());
        return batch.size();
    }
}
