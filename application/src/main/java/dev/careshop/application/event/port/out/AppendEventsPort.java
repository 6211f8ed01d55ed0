package dev.careshop.application.event.port.out;

import dev.careshop.domain.shared.event.DomainEvent;
import java.util.List;

/**
 * Where a use case puts the events its aggregates raised: the outbox, written in the use case's own transaction. So an
 * event exists exactly when the change it reports was committed, and a rolled-back use case leaves none. Publishing
 * to the broker happens later, by the relay ({@code RelayEventsUseCase}).
 */
public interface AppendEventsPort {

    /** Appends the events, in this order, each to the end of its aggregate's stream. */
    void append(List<DomainEvent> events);
}
