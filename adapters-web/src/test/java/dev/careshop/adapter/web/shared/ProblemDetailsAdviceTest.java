package dev.careshop.adapter.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The failures no HTTP test can provoke on demand: a database that is down, a concurrent update, and a bug. Both must answer a problem
 * that tells the client what to do and nothing about the inside.
 */
class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/patients");

    @Test
    void unreachableDatabaseIsServiceUnavailableWithRetryAfter() {
        ResponseEntity<Object> response = advice.databaseUnavailable(
                new CannotCreateTransactionException("Could not open JPA EntityManager", new SQLException("connection refused")), request);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(problem(response).getType()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE.type());
        assertThat(problem(response).getDetail()).doesNotContain("JPA", "connection refused");
    }

    @Test
    void lostConnectionMidRequestIsServiceUnavailableToo() {
        ResponseEntity<Object> response = advice.databaseUnavailable(
                new DataAccessResourceFailureException("I/O error on socket to 10.0.0.7"), request);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(problem(response).getDetail()).doesNotContain("10.0.0.7");
    }

    @Test
    void aShutdownCutStatementReplacedByItsFailedRollbackIsServiceUnavailableNotABug() {
        ResponseEntity<Object> response = advice.unexpected(new IllegalStateException("Unable to rollback",
                new SQLException("Connection is closed")), request);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void aConcurrentUpdateIsAConflictThatSaysToRetry() {
        ResponseEntity<Object> response = advice.concurrentUpdate(
                new OptimisticLockingFailureException("row was updated by another transaction"), request);

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(problem(response).getDetail()).doesNotContain("transaction");
    }

    @Test
    void aBugIsAGenericInternalErrorThatEchoesNothing() {
        ResponseEntity<Object> response = advice.unexpected(
                new IllegalStateException("password=hunter2 in SELECT * FROM users"), request);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(problem(response).getType()).isEqualTo(ProblemType.INTERNAL_ERROR.type());
        assertThat(problem(response).getInstance()).hasToString("/api/patients");
        assertThat(String.valueOf(problem(response).getDetail()) + problem(response).getProperties())
                .doesNotContain("hunter2", "SELECT", "IllegalStateException");
    }

    private static Problem problem(ResponseEntity<Object> response) {
        return (Problem) response.getBody();
    }
}
