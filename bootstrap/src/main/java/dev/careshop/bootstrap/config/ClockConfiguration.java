package dev.careshop.bootstrap.config;

import dev.careshop.bootstrap.demo.DemoDataEnabled;
import dev.careshop.bootstrap.demo.SeedingClock;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The service's clock: UTC, so "today" (ages, birth dates) does not depend on the host's time zone, and ticking in
 * microseconds, PostgreSQL's precision, so a timestamp reads back exactly as it was first answered.
 * <p>
 * With demo data enabled ({@code careshop.demo-data.enabled}) the same clock is wrapped in a {@link SeedingClock},
 * which lets the seeding thread date its use cases in the past; every other thread sees the system time as always.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @Conditional(DemoDataEnabled.Off.class)
    Clock clock() {
        return serviceClock();
    }

    @Bean
    @Conditional(DemoDataEnabled.class)
    SeedingClock seedingClock() {
        return new SeedingClock(serviceClock());
    }

    private static Clock serviceClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
