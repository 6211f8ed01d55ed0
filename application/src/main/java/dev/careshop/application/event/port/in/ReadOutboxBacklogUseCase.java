package dev.careshop.application.event.port.in;

import dev.careshop.application.event.port.out.OutboxBacklog;

/** For monitoring: how far publishing lags behind the business changes (the outbox's unpublished events). */
public interface ReadOutboxBacklogUseCase {

    OutboxBacklog read();
}
