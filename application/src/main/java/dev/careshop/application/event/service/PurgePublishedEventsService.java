package dev.careshop.application.event.service;

import dev.careshop.application.event.port.in.PurgePublishedEventsUseCase;
import dev.careshop.application.event.port.out.OutboxPort;
import dev.careshop.application.shared.UseCase;
import java.time.Clock;
import java.time.Duration;

@UseCase
public class PurgePublishedEventsService implements PurgePublishedEventsUseCase {

    private final OutboxPort outbox;
    private final Clock clock;

    public PurgePublishedEventsService(OutboxPort outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public int purgeOlderThan(Duration retention) {
        return outbox.deletePublishedBefore(clock.instant().minus(retention));
    }
}
