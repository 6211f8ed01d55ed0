package dev.careshop.adapter.persistence.event;

import static dev.careshop.adapter.persistence.shared.SqlTimestamps.utc;

import dev.careshop.adapter.persistence.shared.SqlTimestamps;
import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.event.port.out.OutboxBacklog;
import dev.careshop.application.event.port.out.OutboxPort;
import dev.careshop.application.event.port.out.PendingEvent;
import dev.careshop.domain.shared.event.DomainEvent;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox and its event streams (V8), in plain SQL: the rows are written and read in bulk, never as entities. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class OutboxPersistenceAdapter implements AppendEventsPort, OutboxPort {

    /** Numbers the event in its aggregate's stream (locking the stream's row until commit) and stores it. */
    private static final String APPEND = """
            WITH stream AS (
                INSERT INTO event_stream AS s (aggregate_type, aggregate_id, last_sequence)
                VALUES (:aggregateType, :aggregateId, 1)
                ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE SET last_sequence = s.last_sequence + 1
                RETURNING last_sequence)
            INSERT INTO outbox (event_id, event_type, aggregate_type, aggregate_id, sequence, occurred_at, payload)
            SELECT :eventId, :type, :aggregateType, :aggregateId, last_sequence, :occurredAt, CAST(:payload AS jsonb)
            FROM stream""";

    /**
     * Locks the first unpublished event of up to {@code limit} aggregates, skipping rows another relay holds, then
     * takes each of those aggregates' unpublished events in sequence. An aggregate whose first unpublished event is
     * held elsewhere is left alone entirely: its later events are not first, so no relay takes them meanwhile.
     */
    private static final String CLAIM = """
            WITH heads AS (
                SELECT o.id, o.aggregate_type, o.aggregate_id
                FROM outbox o
                WHERE o.published_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM outbox earlier
                                  WHERE earlier.aggregate_type = o.aggregate_type
                                    AND earlier.aggregate_id = o.aggregate_id
                                    AND earlier.sequence < o.sequence
                                    AND earlier.published_at IS NULL)
                ORDER BY o.id
                LIMIT :limit
                FOR UPDATE OF o SKIP LOCKED)
            SELECT e.id, e.event_id, e.event_type, e.aggregate_type, e.aggregate_id, e.sequence, e.occurred_at,
                   CAST(e.payload AS text)
            FROM heads h
            JOIN outbox e ON e.aggregate_type = h.aggregate_type AND e.aggregate_id = h.aggregate_id
                         AND e.published_at IS NULL
            ORDER BY h.id, e.sequence
            LIMIT :limit
            FOR UPDATE OF e""";

    private final EntityManager entityManager;

    OutboxPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void append(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            entityManager.createNativeQuery(APPEND)
                    .setParameter("eventId", event.eventId())
                    .setParameter("type", event.type())
                    .setParameter("aggregateType", event.aggregateType())
                    .setParameter("aggregateId", event.aggregateId())
                    .setParameter("occurredAt", utc(event.occurredAt()))
                    .setParameter("payload", EventPayloads.toJson(event))
                    .executeUpdate();
        }
    }

    @Override
    public List<PendingEvent> claimUnpublished(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(CLAIM)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(OutboxPersistenceAdapter::toPendingEvent).toList();
    }

    private static PendingEvent toPendingEvent(Object[] row) {
        return new PendingEvent(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2], (String) row[3],
                (UUID) row[4], ((Number) row[5]).longValue(), SqlTimestamps.instant(row[6]), (String) row[7]);
    }

    /**
     * Both figures from the partial index of unpublished rows: the count, and the first row in publishing order,
     * which is the oldest (rows are numbered as they are appended).
     */
    @Override
    public OutboxBacklog backlog() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*),
                       (SELECT occurred_at FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT 1)
                FROM outbox WHERE published_at IS NULL
                """).getSingleResult();
        long unpublished = ((Number) row[0]).longValue();
        return unpublished == 0 ? OutboxBacklog.empty() : new OutboxBacklog(unpublished, SqlTimestamps.instant(row[1]));
    }

    @Override
    public void markPublished(List<PendingEvent> events, Instant at) {
        if (events.isEmpty()) {
            return;
        }
        Long[] positions = events.stream().map(PendingEvent::position).toArray(Long[]::new);
        entityManager.createNativeQuery("UPDATE outbox SET published_at = :at WHERE id = ANY(CAST(:positions AS bigint[]))")
                .setParameter("at", utc(at))
                .setParameter("positions", positions)
                .executeUpdate();
    }

    @Override
    public int deletePublishedBefore(Instant before) {
        return entityManager.createNativeQuery("DELETE FROM outbox WHERE published_at < :before")
                .setParameter("before", utc(before))
                .executeUpdate();
    }
}
