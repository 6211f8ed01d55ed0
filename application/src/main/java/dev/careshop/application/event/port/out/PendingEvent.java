package dev.careshop.application.event.port.out;

import java.time.Instant;
import java.util.UUID;

/**
 * An event in the outbox that the broker has not confirmed yet, as it is published: {@code sequence} numbers the
 * events of one aggregate from 1, and {@code payload} is the event's own fields as a JSON object.
 */
public record PendingEvent(long position, UUID eventId, String type, String aggregateType, UUID aggregateId,
                           long sequence, Instant occurredAt, String payload) {
}
