package dev.careshop.application.event.fakes;

import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.event.port.out.OutboxBacklog;
import dev.careshop.application.event.port.out.OutboxPort;
import dev.careshop.application.event.port.out.PendingEvent;
import dev.careshop.domain.shared.event.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox in memory, with the adapter's numbering (from 1 per aggregate) and order. Payloads are the events'
 * {@code toString()}: the JSON format is the persistence adapter's business, tested there.
 */
public final class InMemoryOutbox implements AppendEventsPort, OutboxPort {

    private final List<DomainEvent> appended = new ArrayList<>();
    private final List<PendingEvent> rows = new ArrayList<>();
    private final Map<Long, Instant> publishedAt = new HashMap<>();
    private final Map<String, Long> lastSequence = new HashMap<>();

    @Override
    public void append(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            appended.add(event);
            long sequence = lastSequence.merge(event.aggregateType() + "/" + event.aggregateId(), 1L, Long::sum);
            rows.add(new PendingEvent(rows.size() + 1, event.eventId(), event.type(), event.aggregateType(),
                    event.aggregateId(), sequence, event.occurredAt(), event.toString()));
        }
    }

    /** Every event appended so far, in order. */
    public List<DomainEvent> appended() {
        return List.copyOf(appended);
    }

    @Override
    public List<PendingEvent> claimUnpublished(int limit) {
        return rows.stream().filter(row -> !publishedAt.containsKey(row.position())).limit(limit).toList();
    }

    @Override
    public OutboxBacklog backlog() {
        List<PendingEvent> waiting = claimUnpublished(Integer.MAX_VALUE);
        return waiting.isEmpty() ? OutboxBacklog.empty() : new OutboxBacklog(waiting.size(), waiting.get(0).occurredAt());
    }

    @Override
    public void markPublished(List<PendingEvent> events, Instant at) {
        events.forEach(event -> publishedAt.put(event.position(), at));
    }

    @Override
    public int deletePublishedBefore(Instant before) {
        List<Long> old = publishedAt.entrySet().stream().filter(entry -> entry.getValue().isBefore(before))
                .map(Map.Entry::getKey).toList();
        old.forEach(publishedAt::remove);
        rows.removeIf(row -> old.contains(row.position()));
        return old.size();
    }

    public boolean isPublished(PendingEvent event) {
        return publishedAt.containsKey(event.position());
    }

    public List<PendingEvent> rows() {
        return List.copyOf(rows);
    }
}
