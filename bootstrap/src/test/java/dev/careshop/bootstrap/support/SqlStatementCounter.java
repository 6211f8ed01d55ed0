package dev.careshop.bootstrap.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the JDBC statements Hibernate prepares, from its statistics (switched on for tests only). Every statement
 * of this service goes through Hibernate, native and JPQL queries included, so this is the number of round trips.
 */
@TestComponent
public class SqlStatementCounter {

    /**
     * What every request with an access token costs before its own work: one primary-key read of the token's user,
     * who must still exist and be active, and whose role is taken as it is now (ConfirmActorUseCase).
     */
    public static final int CONFIRMING_THE_USER = 1;

    private final Statistics statistics;

    public SqlStatementCounter(EntityManagerFactory entityManagerFactory) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** Runs {@code action} and answers how many statements it prepared. Not for use while other requests run. */
    public long count(ThrowingRunnable action) throws Exception {
        statistics.clear();
        action.run();
        return statistics.getPrepareStatementCount();
    }

    /** Runs {@code action} and answers how many transactions completed (committed or rolled back) meanwhile. */
    public long transactions(ThrowingRunnable action) throws Exception {
        statistics.clear();
        action.run();
        return statistics.getTransactionCount();
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
