package dev.careshop.bootstrap.config;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's clock: UTC, so "today" (ages, birth dates) does not depend on the host's time zone, and ticking in
 * microseconds, PostgreSQL's precision, so a timestamp reads back exactly as it was first answered.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
