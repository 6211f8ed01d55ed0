package dev.careshop.adapter.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careshop.adapter.persistence.testsupport.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.util.PSQLException;

/**
 * Base of the schema tests: the run's database migrated by Flyway, one plain JDBC connection per test, and the
 * helpers to run a statement about one row and to expect PostgreSQL to refuse one by constraint name.
 */
abstract class SchemaTest {

    private static PostgresTestDatabase.Details database;
    protected Connection connection;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.get();
        Flyway.configure().dataSource(database.url(), database.username(), database.password()).load().migrate();
    }

    @BeforeEach
    void connect() throws SQLException {
        connection = openConnection();
    }

    /** A connection of its own to the test database, e.g. for a second transaction; the caller closes it. */
    protected static Connection openConnection() throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /**
     * Inserts one row with a new id: {@code sql}'s first parameter is the id, the others are {@code values} in order
     * ({@code null} for SQL NULL). Answers the id.
     */
    protected UUID insert(String sql, Object... values) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 2, values[i]);
            }
            statement.executeUpdate();
        }
        return id;
    }

    /** Runs {@code sql}, whose one parameter is {@code id}; answers the rows changed. */
    protected int update(String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            return statement.executeUpdate();
        }
    }

    /** The single number {@code sql}, whose one parameter is {@code id}, selects. */
    protected long count(String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    protected static void assertViolation(ThrowingCallable statement, String constraint) {
        assertThatThrownBy(statement)
                .isInstanceOf(PSQLException.class)
                .satisfies(e -> assertThat(((PSQLException) e).getServerErrorMessage().getConstraint()).isEqualTo(constraint));
    }
}
