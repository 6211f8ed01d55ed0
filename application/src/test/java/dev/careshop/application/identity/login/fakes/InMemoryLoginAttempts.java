package dev.careshop.application.identity.login.fakes;

import dev.careshop.application.identity.login.port.out.LoginAttemptsPort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The failed logins in memory, per throttling key, as the {@code login_failures} table holds them; locks are recorded. */
public final class InMemoryLoginAttempts implements LoginAttemptsPort {

    private final Map<String, List<Instant>> failures = new HashMap<>();
    private final List<String> locked = new ArrayList<>();

    @Override
    public void lock(String key) {
        locked.add(key);
    }

    @Override
    public List<Instant> failuresSince(String key, Instant since, int limit) {
        return failures.getOrDefault(key, List.of()).stream()
                .filter(at -> at.isAfter(since))
                .sorted(Comparator.reverseOrder())
                .limit(limit)
                .toList();
    }

    @Override
    public void recordFailure(String key, Instant at) {
        failures.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
    }

    @Override
    public void clearFailures(String key) {
        failures.remove(key);
    }

    @Override
    public void forgetFailuresBefore(Instant cutoff) {
        failures.values().forEach(times -> times.removeIf(at -> !at.isAfter(cutoff)));
    }

    /** How many failures are stored for {@code key}, whatever their age. */
    public int failuresOf(String key) {
        return failures.getOrDefault(key, List.of()).size();
    }

    /** Every throttling key stored, for tests that need to know which key an attempt counted against. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        failures.forEach((key, times) -> counts.put(key, times.size()));
        return counts;
    }

    /** The keys locked, in order. */
    public List<String> locked() {
        return List.copyOf(locked);
    }
}
