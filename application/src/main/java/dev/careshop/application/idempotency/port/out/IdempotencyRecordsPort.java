package dev.careshop.application.idempotency.port.out;

import dev.careshop.application.idempotency.port.in.IdempotencyKey;
import dev.careshop.application.idempotency.port.in.StoredResponse;
import java.time.Instant;
import java.util.Optional;

/** Where idempotency keys and their answers are kept. */
public interface IdempotencyRecordsPort {

    /**
     * Locks {@code key} until the current transaction ends, without waiting: answers {@code false} at once when another
     * transaction holds it.
     */
    boolean tryLock(IdempotencyKey key);

    /** The answer stored for {@code key} at or after {@code notBefore}, if any. */
    Optional<Record> find(IdempotencyKey key, Instant notBefore);

    /** Stores the answer for {@code key}, replacing an expired one. */
    void save(IdempotencyKey key, Record record);

    int deleteCreatedBefore(Instant before);

    /** A request's fingerprint and its answer. */
    record Record(String fingerprint, StoredResponse response, Instant createdAt) {
    }
}
