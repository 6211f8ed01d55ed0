package dev.careshop.bootstrap.operations;

import dev.careshop.application.event.port.in.ReadOutboxBacklogUseCase;
import dev.careshop.application.event.port.out.OutboxBacklog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far event publishing lags: {@code careshop.outbox.backlog} (events waiting) and
 * {@code careshop.outbox.oldest.age} (seconds the oldest of them has waited). Both are read at scrape time with one
 * query, kept for a second so the two gauges of one scrape share it. Without the database they report NaN: a gap in
 * the graph, not a false zero.
 */
final class OutboxMeters implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxMeters.class);
    private static final Duration REUSE = Duration.ofSeconds(1);

    private final ReadOutboxBacklogUseCase backlog;
    private final Clock clock;
    private volatile Reading last;

    OutboxMeters(ReadOutboxBacklogUseCase backlog, Clock clock) {
        this.backlog = backlog;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("careshop.outbox.backlog", this, meters -> meters.read(reading -> reading.unpublished()))
                .description("Business events waiting in the outbox to be published to RabbitMQ")
                .baseUnit("events")
                .register(registry);
        TimeGauge.builder("careshop.outbox.oldest.age", this, TimeUnit.SECONDS,
                        meters -> meters.read(reading -> reading.oldestAge(clock).toMillis() / 1000.0))
                .description("How long the oldest event waiting in the outbox has waited (0 when none waits)")
                .register(registry);
    }

    private double read(java.util.function.ToDoubleFunction<OutboxBacklog> figure) {
        Reading reading = last;
        Instant now = clock.instant();
        if (reading == null || reading.at().plus(REUSE).isBefore(now)) {
            try {
                reading = new Reading(backlog.read(), now);
            } catch (RuntimeException unavailable) {
                log.debug("Outbox backlog not readable", unavailable);
                return Double.NaN;
            }
            last = reading;
        }
        return figure.applyAsDouble(reading.backlog());
    }

    private record Reading(OutboxBacklog backlog, Instant at) {
    }
}
