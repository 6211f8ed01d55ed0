package dev.careshop.application.identity.login.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Failed login attempts, kept where every instance of the service sees them (the database), per throttling key: the
 * user's id when the login names a user, else the login as typed, lower-cased.
 */
public interface LoginAttemptsPort {

    /**
     * Makes concurrent attempts for {@code key} wait for each other until the transaction ends, so that the attempts
     * of one account are counted one after another and a burst cannot slip past the limit.
     */
    void lock(String key);

    /** The times of the failures for {@code key} after {@code since}, newest first, at most {@code limit}. */
    List<Instant> failuresSince(String key, Instant since, int limit);

    void recordFailure(String key, Instant at);

    /** A successful login starts the count afresh. */
    void clearFailures(String key);

    /** Failures this old no longer count for anyone; forgetting them keeps the table small. */
    void forgetFailuresBefore(Instant cutoff);
}
