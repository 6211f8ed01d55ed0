package dev.careshop.domain.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an aggregate and that the world outside the service may act on: an order was paid, an
 * appointment booked. Events are immutable records of plain values (ids as UUIDs, amounts as decimals), because they
 * leave the service as its published language; they name patients, doctors and users by id only.
 * <p>
 * The events of one aggregate form a stream, named by {@link #aggregateType()} and {@link #aggregateId()}, whose order
 * is kept from the use case to the broker.
 */
public interface DomainEvent {

    /** Unique for each event, so that a consumer that receives one twice can tell. */
    UUID eventId();

    /** The kind of aggregate the event belongs to, such as {@code Order}. */
    String aggregateType();

    UUID aggregateId();

    Instant occurredAt();

    /** The event's name, such as {@code OrderPlaced}: the record's own simple name. */
    default String type() {
        return getClass().getSimpleName();
    }
}
