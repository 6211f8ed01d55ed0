package dev.careshop.bootstrap.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The business's own counters, each an outcome of one use case (README, "Operating CareShop", has queries for them).
 * They count what the use cases decided and committed: an idempotent replay reaches no use case and counts nothing,
 * and a use case whose transaction fails to commit counts as {@code error}, not as its business outcome.
 */
final class BusinessMeters implements MeterBinder {

    /** Use case and outcome → the counter's name and tags (pairs). */
    private static final Map<String, String[]> METERS = Map.ofEntries(
            meter("PlaceOrder", "success", "careshop.orders.placed"),
            meter("PayOrder", "approved", "careshop.orders.paid"),
            meter("CancelOrder", "success", "careshop.orders.cancelled"),
            meter("PayOrder", "declined", "careshop.payments.declined"),
            meter("PlaceOrder", "insufficient-stock", "careshop.stock.refusals", "operation", "order"),
            meter("AdjustStock", "stock-adjustment-refused", "careshop.stock.refusals", "operation", "adjustment"),
            meter("BookAppointment", "success", "careshop.appointments.booked"),
            meter("BookAppointment", "slot-taken", "careshop.appointments.double.bookings.refused"),
            meter("LogIn", "refused", "careshop.logins.failed"),
            meter("LogIn", "throttled", "careshop.logins.throttled"));

    private volatile Map<String, Counter> counters = Map.of();

    /** Registers every counter when the registry is made, so each series is scraped (at zero) before its first event. */
    @Override
    public void bindTo(MeterRegistry registry) {
        counters = METERS.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> Counter.builder(entry.getValue()[0])
                        .tags(Arrays.copyOfRange(entry.getValue(), 1, entry.getValue().length))
                        .register(registry)));
    }

    void record(String useCase, String outcome) {
        Counter counter = counters.get(key(useCase, outcome));
        if (counter != null) {
            counter.increment();
        }
    }

    private static Map.Entry<String, String[]> meter(String useCase, String outcome, String... nameAndTags) {
        return Map.entry(key(useCase, outcome), nameAndTags);
    }

    private static String key(String useCase, String outcome) {
        return useCase + "/" + outcome;
    }
}
