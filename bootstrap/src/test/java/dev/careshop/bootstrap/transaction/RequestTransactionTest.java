package dev.careshop.bootstrap.transaction;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.support.Json.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An authenticated request without a body is one transaction: the token's user is read in it, and the use case runs
 * in it and commits it. A request that reaches no use case rolls it back, and nothing stays bound to the thread. A
 * request with a body keeps two: no connection is held while a body arrives.
 */
class RequestTransactionTest extends HttpTest {

    @Test
    void readingAPatientIsOneTransactionOfThreeStatements() throws Exception {
        UUID patient = clinic().patient("One Transaction");

        long transactions = sqlStatements.transactions(() -> {
            long statements = sqlStatements.count(() -> mvc.perform(get("/api/patients/" + patient)).andExpect(status().isOk()));
            assertThat(statements).as("the token's user, the patient, the access-trail insert").isEqualTo(CONFIRMING_THE_USER + 2);
        });

        assertThat(transactions).as("BEGIN, three statements, COMMIT").isEqualTo(1);
    }

    /** Every authenticated list and report without a body, one row each: the user's read and the use case share one. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/patients?size=20", "/api/doctors", "/api/appointments", "/api/users", "/api/orders",
            "/api/users/me", "/api/reports/users", "/api/reports/categories"})
    void everyAuthenticatedReadWithoutABodyIsOneTransaction(String path) throws Exception {
        clinic().patient("Listed Once");

        long transactions = sqlStatements.transactions(() -> mvc.perform(get(path)).andExpect(status().isOk()));

        assertThat(transactions).isEqualTo(1);
    }

    @Test
    void readsOfOnePatientsRecordsAreOneTransactionEach() throws Exception {
        UUID patient = clinic().patient("Read Once");

        for (String path : new String[] {"/api/patients/" + patient + "/history", "/api/patients/" + patient + "/access-log"}) {
            long transactions = sqlStatements.transactions(() -> mvc.perform(get(path)).andExpect(status().isOk()));
            assertThat(transactions).as(path).isEqualTo(1);
        }
    }

    @Test
    void aRequestWithABodyConfirmsTheUserInAShortTransactionOfItsOwn() throws Exception {
        long transactions = sqlStatements.transactions(() ->
                mvc.perform(postJson("/api/patients", Body.patient("Two Transactions").json())).andExpect(status().isCreated()));

        assertThat(transactions).isEqualTo(2);
    }

    @Test
    void aRequestRefusedBeforeAnyUseCaseRollsItsTransactionBackAndLeavesNothingBound() throws Exception {
        String customer = identities().customer("refused").token();

        long transactions = sqlStatements.transactions(() ->
                mvc.perform(get("/api/patients").with(Auth.as(customer))).andExpect(status().isForbidden()));
        mvc.perform(postJson("/api/patients", "{not json")).andExpect(status().isBadRequest());

        assertThat(transactions).isEqualTo(1);
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }

    @Test
    void aUseCaseThatFailsRollsTheRequestTransactionBack() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM patient_access_log", Long.class);

        mvc.perform(get("/api/patients/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(postJson("/api/patients", Body.patient("").json())).andExpect(status().isBadRequest());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM patient_access_log", Long.class)).isEqualTo(before);
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }
}
