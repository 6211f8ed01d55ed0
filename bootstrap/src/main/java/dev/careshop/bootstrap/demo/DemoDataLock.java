package dev.careshop.bootstrap.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A PostgreSQL advisory lock around the seeding, so that of several instances started together on one empty database
 * exactly one seeds: the others wait for it, then find the database filled and skip. A session lock on a connection
 * of its own, held for the whole seeding (each use case still runs in its own transaction on other connections);
 * should the instance die, PostgreSQL releases it with the connection.
 */
final class DemoDataLock {

    /** The lock's key: any number the service uses for nothing else ("CareShop" in ASCII). */
    static final long KEY = 0x4361726553686f70L;

    private final DataSource dataSource;

    DemoDataLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> T exclusively(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
            try {
                return work.get();
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the demo data's advisory lock", e);
        }
    }
}
