package dev.careshop.bootstrap.adapter.events;

import dev.careshop.application.event.port.in.PurgePublishedEventsUseCase;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once an hour, forgets the events published longer ago than the retention (7 days unless configured); only where
 * this instance publishes ({@code careshop.events.enabled}).
 */
class PublishedEventsPurge {

    private static final Logger log = LoggerFactory.getLogger(PublishedEventsPurge.class);

    private final PurgePublishedEventsUseCase purge;
    private final EventsProperties properties;

    PublishedEventsPurge(PurgePublishedEventsUseCase purge, EventsProperties properties) {
        this.purge = purge;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void purgeOld() {
        if (!properties.enabled()) {
            return;
        }
        Duration retention = properties.retention();
        try {
            int purged = purge.purgeOlderThan(retention);
            if (purged > 0) {
                log.info("Purged {} events published more than {} ago", purged, retention);
            }
        } catch (RuntimeException failure) {
            log.warn("Cannot purge published events ({}); trying again in an hour", failure.getMessage());
        }
    }
}
