package dev.careshop.application.event.port.in;

import java.time.Duration;

/** Forgets events the broker confirmed long ago: the outbox is a queue, not an archive. */
public interface PurgePublishedEventsUseCase {

    /** Deletes events published more than {@code retention} ago; answers how many. */
    int purgeOlderThan(Duration retention);
}
