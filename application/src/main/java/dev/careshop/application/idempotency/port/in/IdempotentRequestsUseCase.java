package dev.careshop.application.idempotency.port.in;

/**
 * Stripe's idempotency keys. A request claims its key before it runs and remembers its answer afterwards, both in the
 * transaction in which the request makes its changes, so that the answer is stored exactly when the changes are.
 * The claim holds a lock on the key until that transaction ends: a second request with the same key meanwhile is told
 * the first is {@link Claim.InFlight in flight}, and one that comes after finds the answer.
 */
public interface IdempotentRequestsUseCase {

    /**
     * Claims {@code key} for the request whose fingerprint (a hash of its method, path and body) is {@code fingerprint}.
     */
    Claim claim(IdempotencyKey key, String fingerprint);

    /** Remembers the answer to the request that claimed {@code key}. */
    void remember(IdempotencyKey key, String fingerprint, StoredResponse response);
}
