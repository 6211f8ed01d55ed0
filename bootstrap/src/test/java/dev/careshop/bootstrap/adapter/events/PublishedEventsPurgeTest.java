package dev.careshop.bootstrap.adapter.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hourly purge forgets what was published before the retention, and only where this instance publishes. */
class PublishedEventsPurgeTest {

    private final List<Duration> purges = new ArrayList<>();

    @Test
    void purgesWithTheRetentionWhereThisInstancePublishes() {
        new PublishedEventsPurge(this::purge, properties(true)).purgeOld();

        assertThat(purges).containsExactly(Duration.ofDays(3));
    }

    @Test
    void doesNothingWhereEventsAreOff() {
        new PublishedEventsPurge(this::purge, properties(false)).purgeOld();

        assertThat(purges).isEmpty();
    }

    private int purge(Duration retention) {
        purges.add(retention);
        return 0;
    }

    private static EventsProperties properties(boolean enabled) {
        return new EventsProperties(enabled, "careshop.events", 100, Duration.ofMillis(500), Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofDays(3));
    }
}
