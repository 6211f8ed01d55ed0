package dev.careshop.application.event.port.in;

/**
 * Moves events from the outbox to the broker, one batch per call: claims the batch, publishes it, and marks it
 * published only once the broker has confirmed it, all in one transaction. If the broker fails, nothing is marked
 * and the same events go again on a later call: delivery is at least once, in order per aggregate.
 */
public interface RelayEventsUseCase {

    /**
     * Relays the next batch of at most {@code limit} events; answers how many were published (0: none waiting).
     *
     * @throws dev.careshop.application.event.port.out.EventBrokerUnavailableException when the broker failed
     */
    int relayNext(int limit);
}
