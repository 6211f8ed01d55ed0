package dev.careshop.application.idempotency.port.in;

import java.time.Duration;

/** Forgets idempotency keys older than their lifetime. */
public interface PurgeIdempotencyKeysUseCase {

    /** Deletes the keys (and their answers) stored more than {@code lifetime} ago; answers how many. */
    int purgeOlderThan(Duration lifetime);
}
