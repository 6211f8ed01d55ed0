package dev.careshop.application.event.port.out;

import java.util.List;

/** The message broker that carries the events to the world outside the service. */
public interface EventBrokerPort {

    /**
     * Publishes the events in this order and returns once the broker has confirmed every one of them (it then owns
     * them).
     *
     * @throws EventBrokerUnavailableException when the broker cannot be reached or did not confirm them all; some may
     *                                         have arrived, so they will be published again (consumers deduplicate by
     *                                         event id)
     */
    void publish(List<PendingEvent> events);
}
