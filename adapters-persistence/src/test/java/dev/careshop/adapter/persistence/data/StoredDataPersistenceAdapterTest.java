package dev.careshop.adapter.persistence.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.adapter.persistence.testsupport.PersistenceAdapterTest;
import dev.careshop.application.data.port.in.StoredData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Which kinds of records exist, against a database of its own (the run's shared one holds other tests' rows). Each
 * test adds its rows in the test's transaction, which is rolled back.
 */
@Import(StoredDataPersistenceAdapter.class)
@ContextConfiguration(initializers = PersistenceAdapterTest.OwnDatabase.class, inheritInitializers = false)
class StoredDataPersistenceAdapterTest extends PersistenceAdapterTest {

    private final StoredDataPersistenceAdapter adapter;

    @Autowired
    StoredDataPersistenceAdapterTest(StoredDataPersistenceAdapter adapter) {
        this.adapter = adapter;
    }

    @Test
    void aNewDatabaseWithOnlyAnAdministratorIsEmpty() {
        assertThat(adapter.storedData().isEmpty()).isTrue();

        user("admin", "ADMIN");

        assertThat(adapter.storedData()).isEqualTo(new StoredData(false, false, false, false, false, false));
    }

    @Test
    void aUserOtherThanAnAdministratorCounts() {
        user("someone", "STAFF");

        assertThat(adapter.storedData()).isEqualTo(new StoredData(false, false, false, false, false, true));
        assertThat(adapter.storedData().isEmpty()).isFalse();
    }

    @Test
    void doctorsAndCategoriesCount() {
        jdbc.update("INSERT INTO doctors (id, name, specialization, created_at, updated_at, version) "
                + "VALUES (gen_random_uuid(), 'Dr. Who', 'General Practice', now(), now(), 0)");
        jdbc.update("INSERT INTO categories (id, name, created_at, updated_at, version) "
                + "VALUES (gen_random_uuid(), 'Allergy', now(), now(), 0)");

        assertThat(adapter.storedData()).isEqualTo(new StoredData(false, true, true, false, false, false));
    }

    private void user(String username, String role) {
        jdbc.update("INSERT INTO users (id, username, email, password_hash, role, active, created_at, updated_at, version) "
                + "VALUES (gen_random_uuid(), ?, ?, 'x', ?, true, now(), now(), 0)", username, username + "@example.org", role);
    }
}
