package dev.careshop.domain.shared.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The events an aggregate has raised since it was created or loaded, in the order it raised them. The use case takes
 * them once it has stored the aggregate and publishes them in the same transaction.
 */
public final class RecordedEvents {

    private final List<DomainEvent> events = new ArrayList<>();

    public void record(DomainEvent event) {
        events.add(event);
    }

    /** The recorded events, oldest first; they are forgotten here, so each is taken only once. */
    public List<DomainEvent> takeAll() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
