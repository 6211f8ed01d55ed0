package dev.careshop.adapter.persistence.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database of one test run (one JVM): a Testcontainers container where a Docker engine answers,
 * otherwise a freshly created, uniquely named database on the local server, dropped when the JVM exits. Either way
 * no run sees another's data. Register it from a {@code @DynamicPropertySource} method with {@link #register}.
 *
 * <p>The local server is {@code jdbc:postgresql://127.0.0.1:5432/postgres} as {@code postgres}; override with
 * {@code CARESHOP_TEST_DB_URL}, {@code CARESHOP_TEST_DB_USER} and {@code CARESHOP_TEST_DB_PASSWORD}.
 */
public final class PostgresTestDatabase {

    private static final String PREFIX = "careshop_test_";
    /** Databases of earlier runs that were killed before their shutdown hook ran are dropped after this long. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);

    private static volatile Details details;
    /** The local server's maintenance database, from which test databases are dropped; null in a container. */
    private static volatile Details server;

    private PostgresTestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        register(registry, get());
    }

    /**
     * A {@link #freshDatabase()} of the test's own as the datasource, for a test whose application must start on an
     * empty database (Flyway migrates it as at a first start).
     */
    public static void registerFresh(DynamicPropertyRegistry registry) {
        register(registry, freshDatabase());
    }

    private static void register(DynamicPropertyRegistry registry, Details database) {
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    /**
     * One more database on the run's server, empty but for what the caller migrates into it, for a test that must see
     * nothing but its own rows (the run's database is shared by every test of the run). Dropped when the JVM exits.
     */
    public static synchronized Details freshDatabase() {
        Details run = get();
        String name = uniqueName();
        try (Connection connection = DriverManager.getConnection(run.url(), run.username(), run.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a further test database on " + run.url(), e);
        }
        Details fresh = run.withDatabase(name);
        if (server != null) {
            Details local = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(local.url(), local.username(), local.password(), name), "drop-" + name));
        }
        return fresh;
    }

    /** The run's database, started or created on first use. */
    public static synchronized Details get() {
        if (details == null) {
            details = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : createLocalDatabase();
        }
        return details;
    }

    private static Details startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        // Testcontainers' Ryuk removes the container when the JVM ends.
        return new Details(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Details createLocalDatabase() {
        String serverUrl = env("CARESHOP_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("CARESHOP_TEST_DB_USER", "postgres");
        String password = env("CARESHOP_TEST_DB_PASSWORD", "");
        String name = uniqueName();
        server = new Details(serverUrl, user, password);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            dropAbandoned(statement);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("No Docker engine, and the local PostgreSQL at " + serverUrl
                    + " is not reachable; start it (see README) or set CARESHOP_TEST_DB_URL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, user, password, name), "drop-" + name));
        return new Details(serverUrl, user, password).withDatabase(name);
    }

    /** Creation time first, so that {@link #dropAbandoned} can tell an abandoned database's age from its name. */
    private static String uniqueName() {
        return PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    private static void dropAbandoned(Statement statement) throws SQLException {
        long cutoff = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
        List<String> abandoned = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (names.next()) {
                String name = names.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts.length == 2 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    abandoned.add(name);
                }
            }
        }
        for (String name : abandoned) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void drop(String serverUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            // FORCE ends the connections the application's pool may still hold while the JVM shuts down.
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** How to reach the run's database. */
    public record Details(String url, String username, String password) {

        /** The same server and credentials, another database. */
        public Details withDatabase(String database) {
            return new Details(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"), username, password);
        }
    }
}
