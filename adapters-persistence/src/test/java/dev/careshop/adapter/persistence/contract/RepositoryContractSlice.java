package dev.careshop.adapter.persistence.contract;

import dev.careshop.adapter.persistence.PersistenceConfiguration;
import dev.careshop.adapter.persistence.clinic.appointment.AppointmentPersistenceAdapter;
import dev.careshop.adapter.persistence.clinic.doctor.DoctorPersistenceAdapter;
import dev.careshop.adapter.persistence.clinic.patient.PatientPersistenceAdapter;
import dev.careshop.adapter.persistence.shop.category.CategoryPersistenceAdapter;
import dev.careshop.adapter.persistence.shop.order.OrderPersistenceAdapter;
import dev.careshop.adapter.persistence.shop.product.ProductPersistenceAdapter;
import dev.careshop.adapter.persistence.shared.ValueObjectMapper;
import dev.careshop.adapter.persistence.shop.user.UserPersistenceAdapter;
import dev.careshop.adapter.persistence.testsupport.PostgresTestDatabase;
import dev.careshop.application.contract.ClinicRepositories;
import dev.careshop.application.contract.ShopRepositories;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.shop.category.CategoryRepository;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.product.ProductRepository;
import dev.careshop.domain.shop.user.UserRepository;
import jakarta.persistence.EntityManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The slice every JPA subclass of a repository contract runs in: the aggregates' persistence adapters with their
 * mappers, on a PostgreSQL database of the contracts' own (migrated by Flyway, created once per run). Each test runs in
 * the slice's transaction and rolls back, so every test starts from an empty database and totals are exact. All
 * subclasses share one Spring context.
 *
 * <p>The transaction is {@link RollbackEachTest}'s, not {@code @DataJpaTest}'s own: Spring looks for
 * {@code @Transactional} on the class that declares a test method, and the contracts, which declare them, are plain
 * JUnit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = "spring.jpa.properties.hibernate.jdbc.time_zone=UTC")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ExtendWith(RepositoryContractSlice.RollbackEachTest.class)
@ContextConfiguration(classes = RepositoryContractSlice.Adapters.class, initializers = RepositoryContractSlice.OwnDatabase.class)
public @interface RepositoryContractSlice {

    /**
     * The aggregates' adapters and their mappers, handed to the contracts as their stores. Deliberately no
     * {@code @Configuration}: the test-jar is on bootstrap's class path, where PersistenceConfiguration's component
     * scan would otherwise register it again.
     */
    @AutoConfigurationPackage(basePackageClasses = PersistenceConfiguration.class)
    @ComponentScan(basePackageClasses = {PatientPersistenceAdapter.class, DoctorPersistenceAdapter.class,
            AppointmentPersistenceAdapter.class, UserPersistenceAdapter.class, CategoryPersistenceAdapter.class,
            ProductPersistenceAdapter.class, OrderPersistenceAdapter.class, ValueObjectMapper.class}, useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                    pattern = ".*(PersistenceAdapter|EntityMapperImpl|ValueObjectMapper)"))
    class Adapters {

        @Bean
        ClinicRepositories clinicRepositories(PatientRepository patients, DoctorRepository doctors,
                                              AppointmentRepository appointments, EntityManager entityManager) {
            return new ClinicRepositories(patients, doctors, appointments, () -> nextUseCase(entityManager));
        }

        @Bean
        ShopRepositories shopRepositories(UserRepository users, CategoryRepository categories, ProductRepository products,
                                          OrderRepository orders, EntityManager entityManager) {
            return new ShopRepositories(users, categories, products, orders, () -> nextUseCase(entityManager));
        }

        private static void nextUseCase(EntityManager entityManager) {
            entityManager.flush();
            entityManager.clear();
        }
    }

    /** A database of the contracts' own: the run's shared one may hold rows other test classes committed. */
    class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static PostgresTestDatabase.Details details;

        private static synchronized PostgresTestDatabase.Details details() {
            if (details == null) {
                details = PostgresTestDatabase.freshDatabase();
            }
            return details;
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            PostgresTestDatabase.Details database = details();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("repository-contract-database", Map.of(
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", database.username(),
                    "spring.datasource.password", database.password())));
        }
    }

    /**
     * Runs each test method, and each invocation of a parameterized one, in a transaction of its own and rolls it back,
     * whatever the test did.
     */
    class RollbackEachTest implements InvocationInterceptor {

        @Override
        public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                        ExtensionContext extensionContext) throws Throwable {
            inRolledBackTransaction(invocation, extensionContext);
        }

        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                                ExtensionContext extensionContext) throws Throwable {
            inRolledBackTransaction(invocation, extensionContext);
        }

        private static void inRolledBackTransaction(Invocation<Void> invocation, ExtensionContext extensionContext) throws Throwable {
            PlatformTransactionManager transactions = SpringExtension.getApplicationContext(extensionContext)
                    .getBean(PlatformTransactionManager.class);
            TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
            try {
                invocation.proceed();
            } finally {
                transactions.rollback(transaction);
            }
        }
    }
}
