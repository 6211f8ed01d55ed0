package dev.careshop.application.event.service;

import dev.careshop.application.event.port.in.ReadOutboxBacklogUseCase;
import dev.careshop.application.event.port.out.OutboxBacklog;
import dev.careshop.application.event.port.out.OutboxPort;
import dev.careshop.application.shared.UseCase;

@UseCase(readOnly = true)
public class ReadOutboxBacklogService implements ReadOutboxBacklogUseCase {

    private final OutboxPort outbox;

    public ReadOutboxBacklogService(OutboxPort outbox) {
        this.outbox = outbox;
    }

    @Override
    public OutboxBacklog read() {
        return outbox.backlog();
    }
}
