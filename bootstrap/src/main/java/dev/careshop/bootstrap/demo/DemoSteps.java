package dev.careshop.bootstrap.demo;

import dev.careshop.bootstrap.security.RunAs;
import dev.careshop.domain.identity.Actor;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * How the demo data calls a use case: as a user (the use cases check who acts and record it in the patient access
 * trail) and at an instant in the past (the use cases take "now" from the service's clock), one use case, one
 * transaction, exactly as a request would.
 */
final class DemoSteps {

    private final SeedingClock clock;

    DemoSteps(SeedingClock clock) {
        this.clock = clock;
    }

    <T> T as(Actor actor, Instant at, Supplier<T> useCase) {
        return clock.at(at, () -> RunAs.actor(actor, useCase));
    }

    /** A use case that does not ask who is acting (signing up, or what only the endpoint restricts to administrators). */
    <T> T at(Instant at, Supplier<T> useCase) {
        return clock.at(at, useCase);
    }

    /** Runs one phase of the seeding and logs its summary with how long it took. */
    static void phase(Logger log, Supplier<String> work) {
        long started = System.nanoTime();
        String summary = work.get();
        log.info("Demo data: {} in {} ms", summary, (System.nanoTime() - started) / 1_000_000);
    }
}
