package dev.careshop.bootstrap.demo;

import dev.careshop.application.data.port.in.CheckStoredDataUseCase;
import dev.careshop.application.data.port.in.StoredData;
import dev.careshop.bootstrap.demo.ShopSeeding.Accounts;
import dev.careshop.domain.shop.product.ProductId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * {@code CARESHOP_DEMO_DATA=true}: fills an empty database with a clinic and a shop to try the service with, through
 * the application's use cases (their rules, events and access trail apply as to any request), dated over the past
 * months by the {@link SeedingClock}. A database that holds any business record is left alone.
 * <p>
 * It runs as an {@link ApplicationRunner}: after the context has started (the HTTP port is open) and before Spring Boot
 * publishes readiness, so {@code /actuator/health/readiness} answers {@code OUT_OF_SERVICE} until the seeding is done
 * and a load balancer sends no traffic meanwhile. A failure stops the start.
 */
public final class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    public enum Outcome { SEEDED, SKIPPED }

    private final DemoDataProperties properties;
    private final CheckStoredDataUseCase checkStoredData;
    private final ClinicSeeding clinic;
    private final ShopSeeding shop;
    private final DemoDataLock lock;
    private final SeedingClock clock;

    DemoDataSeeder(DemoDataProperties properties, CheckStoredDataUseCase checkStoredData, ClinicSeeding clinic,
                   ShopSeeding shop, DemoDataLock lock, SeedingClock clock) {
        this.properties = properties;
        this.checkStoredData = checkStoredData;
        this.clinic = clinic;
        this.shop = shop;
        this.lock = lock;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.enabled()) {
            seed();
        }
    }

    /** Seeds an empty database, or skips one that holds data; another instance seeding meanwhile is waited for. */
    public Outcome seed() {
        return lock.exclusively(() -> {
            StoredData stored = checkStoredData.check();
            if (!stored.isEmpty()) {
                log.info("Demo data: skipped, the database already holds data ({})", stored);
                return Outcome.SKIPPED;
            }
            long started = System.nanoTime();
            log.info("Demo data: filling the empty database through the use cases");
            DemoPlan plan = DemoPlan.create(DemoPlan.DEFAULT_SEED, clock.systemInstant());
            Accounts accounts = shop.accounts(plan);
            // The clinic and the shop share nothing but the staff member: both are filled at once.
            DemoSteps.together(
                    () -> clinic.seed(plan, accounts.staff()),
                    () -> {
                        List<ProductId> products = shop.catalog(plan, accounts.staff());
                        shop.orders(plan, accounts, products);
                    });
            log.info("Demo data: done in {} ms; sign in as '{}' or '{}' with the password '{}'",
                    (System.nanoTime() - started) / 1_000_000, DemoPlan.DEMO_CUSTOMER, DemoPlan.DEMO_STAFF,
                    DemoPlan.DEMO_PASSWORD);
            return Outcome.SEEDED;
        });
    }
}
