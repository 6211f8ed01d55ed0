package dev.careshop.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.careshop.adapter.persistence.testsupport.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The service creates its database on first start, and leaves an existing one alone; with
 * {@code careshop.datasource.create-database=false} it creates none.
 */
class PostgresDatabaseCreatorTest {

    private final PostgresTestDatabase.Details server = PostgresTestDatabase.get();

    @Test
    void createsAMissingDatabaseOnceAndThenLeavesItAlone() throws SQLException {
        String name = unusedDatabaseName();
        String url = server.withDatabase(name).url();
        try {
            assertThat(exists(name)).isFalse();

            PostgresDatabaseCreator.ensureExists(url, server.username(), server.password());
            assertThat(exists(name)).isTrue();

            PostgresDatabaseCreator.ensureExists(url, server.username(), server.password());
            assertThat(exists(name)).isTrue();
        } finally {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @ParameterizedTest
    @CsvSource({"'', true", "true, true", "false, false"})
    void thePoolIsGivenItsDatabaseUnlessTheSwitchIsOff(String setting, boolean created) throws SQLException {
        String name = unusedDatabaseName();
        MockEnvironment environment = new MockEnvironment();
        if (!setting.isEmpty()) {
            environment.setProperty("careshop.datasource.create-database", setting);
        }
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(server.withDatabase(name).url());
            pool.setUsername(server.username());
            pool.setPassword(server.password());

            DatabaseCreationConfiguration.createMissingDatabase(environment)
                    .postProcessAfterInitialization(pool, "dataSource");

            assertThat(exists(name)).isEqualTo(created);
        } finally {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Test
    void quotesNamesSoThatTheyCannotEscapeTheStatement() {
        assertThat(PostgresDatabaseCreator.quoteIdentifier("shop\"; DROP DATABASE x; --"))
                .isEqualTo("\"shop\"\"; DROP DATABASE x; --\"");
    }

    private static String unusedDatabaseName() {
        return "careshop_creator_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private boolean exists(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return rows.next();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
