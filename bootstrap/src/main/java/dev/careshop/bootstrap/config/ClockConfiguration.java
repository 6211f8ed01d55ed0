package dev.careshop.bootstrap.config;

import dev.careshop.bootstrap.demo.SeedingClock;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's clock: UTC, so "today" (ages, birth dates) does not depend on the host's time zone, and ticking in
 * microseconds, PostgreSQL's precision, so a timestamp reads back exactly as it was first answered. It is wrapped in a
 * {@link SeedingClock}, which only the demo data's seeding thread ever moves into the past (with
 * {@code careshop.demo-data.enabled}): one clock whatever the setting, which is read when the service runs
 * (docs/architecture.md, "Start-up and memory").
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    SeedingClock clock() {
        return new SeedingClock(Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
    }
}
