package dev.careshop.bootstrap.demo;

import dev.careshop.bootstrap.security.RunAs;
import dev.careshop.domain.identity.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * How the demo data calls a use case: as a user (the use cases check who acts and record it in the patient access
 * trail) and at an instant in the past (the use cases take "now" from the service's clock), one use case, one
 * transaction, exactly as a request would.
 */
final class DemoSteps {

    /**
     * How many threads store independent records side by side, in the clinic and in the shop alike: on two cores, two
     * each keep the CPU busy while others wait for their commit. With the lock's connection, the seeding holds at most
     * five connections.
     */
    static final int THREADS = 2;

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

    /**
     * {@code work} for every item, on {@code threads} threads (the clock's "now" and the actor are per thread, and each
     * use case is its own transaction, so independent records can be stored side by side); the results in the
     * items' order. The first failure is rethrown once all threads have stopped.
     */
    static <T, R> List<R> inParallel(int threads, List<T> items, Function<T, R> work) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        // Named after the demo data, so its log lines say where they come from.
        ExecutorService executor = Executors.newFixedThreadPool(threads, new CustomizableThreadFactory("demo-data-"));
        try {
            List<CompletableFuture<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(CompletableFuture.runAsync(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < items.size() && !failed.get(); i = next.getAndIncrement()) {
                            results[i] = work.apply(items.get(i));
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }, executor));
            }
            join(workers);
        } finally {
            executor.shutdown();
        }
        @SuppressWarnings("unchecked")
        List<R> inOrder = (List<R>) Arrays.asList(results);
        return List.copyOf(inOrder);
    }

    /** Runs each task on a thread of its own and waits for all of them. */
    static void together(Runnable... tasks) {
        inParallel(tasks.length, List.of(tasks), task -> {
            task.run();
            return Boolean.TRUE;
        });
    }

    private static void join(List<CompletableFuture<Void>> workers) {
        try {
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Runs one phase of the seeding and logs its summary with how long it took. */
    static void phase(Logger log, Supplier<String> work) {
        long started = System.nanoTime();
        String summary = work.get();
        log.info("Demo data: {} in {} ms", summary, (System.nanoTime() - started) / 1_000_000);
    }
}
