package dev.careshop.adapter.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The register's size (patient_register_size), which an unfiltered patient page reads instead of counting, follows
 * every way patients come and go, several at a time and from concurrent transactions, and always equals the count.
 */
class PatientRegisterSizeTest extends SchemaTest {

    private static final String ADD_PATIENTS = """
            INSERT INTO patients (id, name, birth_date, gender, created_at, updated_at, version)
            SELECT gen_random_uuid(), 'Register ' || n, DATE '1985-12-10', 'OTHER', now(), now(), 0
              FROM generate_series(1, %d) AS n""";

    private static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long size() throws SQLException {
        return number(connection, "SELECT patient_count FROM patient_register_size");
    }

    private long counted() throws SQLException {
        return number(connection, "SELECT count(*) FROM patients");
    }

    @Test
    void followsInsertsAndDeletesOfOneAndOfManyRows() throws SQLException {
        long before = size();
        assertThat(before).isEqualTo(counted());

        run(connection, ADD_PATIENTS.formatted(3));
        run(connection, ADD_PATIENTS.formatted(1));
        assertThat(size()).isEqualTo(before + 4).isEqualTo(counted());

        run(connection, "DELETE FROM patients WHERE id IN (SELECT id FROM patients WHERE name LIKE 'Register %' LIMIT 2)");
        run(connection, "DELETE FROM patients WHERE false");
        assertThat(size()).isEqualTo(before + 2).isEqualTo(counted());
    }

    @Test
    void aTruncatedRegisterIsEmpty() throws SQLException {
        run(connection, ADD_PATIENTS.formatted(2));
        connection.setAutoCommit(false);
        try {
            run(connection, "TRUNCATE patients CASCADE");
            assertThat(size()).isZero();
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        assertThat(size()).isEqualTo(counted()).isPositive();
    }

    @Test
    void concurrentRegistrationsQueueAndBothCount() throws Exception {
        long before = size();
        connection.setAutoCommit(false);
        run(connection, ADD_PATIENTS.formatted(1));

        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try (Connection second = openConnection()) {
                run(second, ADD_PATIENTS.formatted(2));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertThat(other).as("the second insert waits for the first transaction's counter update").isNotDone();

        connection.commit();
        connection.setAutoCommit(true);
        other.get(10, TimeUnit.SECONDS);

        assertThat(size()).isEqualTo(before + 3).isEqualTo(counted());
    }
}
