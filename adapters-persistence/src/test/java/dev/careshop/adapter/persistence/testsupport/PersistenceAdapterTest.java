package dev.careshop.adapter.persistence.testsupport;

import dev.careshop.adapter.persistence.PersistenceConfiguration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the tests of one persistence adapter against PostgreSQL: a {@code @DataJpaTest} slice in which the subclass
 * names the adapter it tests with {@code @Import}, the module's entities and Spring Data repositories are known, and
 * Hibernate binds instants in UTC (this module's tests run in a JVM time zone of UTC+14). The database is the run's
 * ({@link RunDatabase}); a test that must see nothing but its own rows declares
 * {@code @ContextConfiguration(initializers = OwnDatabase.class, inheritInitializers = false)}. {@link #jdbc} prepares
 * and checks rows behind the adapter's back, {@link #transaction} runs a step in a transaction of its own.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.jdbc.time_zone=UTC")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = PersistenceAdapterTest.Entities.class, initializers = PersistenceAdapterTest.RunDatabase.class)
public abstract class PersistenceAdapterTest {

    protected JdbcTemplate jdbc;
    protected TransactionTemplate transaction;

    /**
     * The module's entities and repositories, no adapter. Deliberately no {@code @Configuration}: the test-jar is on
     * bootstrap's class path, where PersistenceConfiguration's component scan would otherwise register it again.
     */
    @AutoConfigurationPackage(basePackageClasses = PersistenceConfiguration.class)
    static class Entities {
    }

    /** Method injection: the architecture rules read this module's test classes too, and they ban injected fields. */
    @Autowired
    void useTheDatabase(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The run's database, shared by every test class of the run ({@link PostgresTestDatabase#get()}). */
    public static final class RunDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            use(PostgresTestDatabase.get(), context);
        }
    }

    /** A database of the test's own, empty but for the migrations ({@link PostgresTestDatabase#freshDatabase()}). */
    public static final class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            use(PostgresTestDatabase.freshDatabase(), context);
        }
    }

    private static void use(PostgresTestDatabase.Details database, ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password())));
    }
}
