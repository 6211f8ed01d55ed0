package dev.careshop.application.event.port.out;

import java.time.Instant;
import java.util.List;

/** The relay's side of the outbox: claiming unpublished events, marking them published, forgetting old ones. */
public interface OutboxPort {

    /**
     * Claims up to {@code limit} unpublished events for this transaction, in publishing order: oldest first, and the
     * events of one aggregate in their sequence. Events that another transaction has claimed are skipped, and so is
     * any aggregate whose earliest unpublished event is claimed elsewhere, so two relays never publish one
     * aggregate's events out of order.
     */
    List<PendingEvent> claimUnpublished(int limit);

    /** Marks the claimed events as published at {@code at}. */
    void markPublished(List<PendingEvent> events, Instant at);

    /** How many events wait to be published, and when the oldest of them happened. */
    OutboxBacklog backlog();

    /** Deletes events published before {@code before}; answers how many. */
    int deletePublishedBefore(Instant before);
}
