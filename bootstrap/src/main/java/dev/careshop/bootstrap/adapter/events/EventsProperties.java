package dev.careshop.bootstrap.adapter.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careshop.events.*}: whether this instance relays the outbox to the broker, to which exchange, how often it
 * looks for new events and how long the broker may take to confirm a batch; how long it waits, at most, between
 * attempts while the broker is down; and how long published events are kept.
 */
@ConfigurationProperties("careshop.events")
public record EventsProperties(@DefaultValue("true") boolean enabled,
                               @DefaultValue("careshop.events") String exchange,
                               @DefaultValue("100") int batchSize,
                               @DefaultValue("500ms") Duration pollInterval,
                               @DefaultValue("5s") Duration confirmTimeout,
                               @DefaultValue("30s") Duration maxRetryInterval,
                               @DefaultValue("7d") Duration retention) {
}
