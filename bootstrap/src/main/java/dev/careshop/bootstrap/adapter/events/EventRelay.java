package dev.careshop.bootstrap.adapter.events;

import dev.careshop.application.event.port.in.RelayEventsUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the relay on a thread of its own: every poll interval it relays batches until the outbox is empty. While the
 * broker (or the database) fails, it waits longer after each failure, up to the maximum retry interval, and logs only the first failure and the recovery, so
 * an outage of hours neither floods the log nor the broker.
 * <p>
 * Several instances may relay at once: the outbox hands each batch to one of them ({@code OutboxPort}).
 */
class EventRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventRelay.class);

    private final RelayEventsUseCase relay;
    private final EventsProperties properties;
    private volatile ScheduledExecutorService scheduler;
    // Only the relay's thread reads and writes these two.
    private Duration retryInterval;
    private boolean failing;

    EventRelay(RelayEventsUseCase relay, EventsProperties properties) {
        this.relay = relay;
        this.properties = properties;
    }

    /** Only where this instance publishes ({@code careshop.events.enabled}). */
    @Override
    public boolean isAutoStartup() {
        return properties.enabled();
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-relay");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.schedule(this::relayAll, 0, TimeUnit.MILLISECONDS);
    }

    /** Relays until a batch comes back short, then schedules the next round after the poll or retry interval. */
    private void relayAll() {
        Duration next = properties.pollInterval();
        try {
            while (relay.relayNext(properties.batchSize()) == properties.batchSize()) {
                // the outbox had a full batch: there may be more
            }
            if (failing) {
                log.info("Publishing events to the broker again");
                failing = false;
            }
            retryInterval = null;
        } catch (RuntimeException failure) {
            next = nextRetryInterval();
            if (!failing) {
                log.warn("Cannot publish events ({}); they stay in the outbox and are retried, at most every {} s",
                        failure.getMessage(), properties.maxRetryInterval().toSeconds());
                failing = true;
            }
        }
        schedule(next);
    }

    /** Doubles from the poll interval up to the maximum. */
    private Duration nextRetryInterval() {
        retryInterval = retryInterval == null ? properties.pollInterval() : retryInterval.multipliedBy(2);
        if (retryInterval.compareTo(properties.maxRetryInterval()) > 0) {
            retryInterval = properties.maxRetryInterval();
        }
        return retryInterval;
    }

    private void schedule(Duration delay) {
        ScheduledExecutorService current = scheduler;
        if (current == null) {
            return;
        }
        try {
            current.schedule(this::relayAll, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // stop() shut the scheduler down meanwhile: nothing more to relay here
        }
    }

    /** Lets a batch being published finish (or time out), so it is not left half-confirmed for no reason. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService stopping = scheduler;
        scheduler = null;
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(properties.confirmTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
