package dev.careshop.adapter.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @ParameterizedTest(name = "SQL state {0}: unavailable = {1}")
    @CsvSource({
            "08001, true",   // cannot connect
            "08003, true",   // connection closed (Hikari, after the server went away)
            "08006, true",   // connection failure
            "57P01, true",   // terminating connection due to administrator command
            "57P02, true",   // crash shutdown
            "57P03, true",   // the database system is starting up
            "23505, false",  // unique violation: the client's conflict
            "40001, false",  // serialization failure
            "42P01, false"   // a bug: undefined table
    })
    void aSqlStateDeepInTheCausesDecides(String state, boolean unavailable) {
        Exception failure = new IllegalStateException("JDBC exception executing SQL",
                new RuntimeException("wrapped", new SQLException("reason", state)));

        assertThat(DatabaseUnavailable.causedBy(failure)).isEqualTo(unavailable);
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedAsBrokenCounts() {
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed by a rule of ours"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"resource failure", "no transaction", "pool time-out", "integrity"})
    void springsOwnTranslationsCount(String kind) {
        Exception failure = switch (kind) {
            case "resource failure" -> new DataAccessResourceFailureException("gone");
            case "no transaction" -> new CannotCreateTransactionException("no connection");
            case "pool time-out" -> new RuntimeException(new SQLTransientConnectionException("timed out"));
            default -> new DataIntegrityViolationException("duplicate");
        };

        assertThat(DatabaseUnavailable.causedBy(failure)).isEqualTo(!kind.equals("integrity"));
    }
}
