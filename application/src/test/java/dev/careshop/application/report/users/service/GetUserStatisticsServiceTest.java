package dev.careshop.application.report.users.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.report.users.port.in.UserStatistics;
import dev.careshop.domain.shop.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GetUserStatisticsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:15:30Z");

    @Test
    void recentRegistrationsAreThoseOfTheLastThirtyDaysByTheServicesClock() {
        AtomicReference<Instant> askedSince = new AtomicReference<>();
        UserStatistics figures = new UserStatistics(10, 8, 2, 3, Map.of(Role.CUSTOMER, 9L, Role.ADMIN, 1L));
        GetUserStatisticsService service = new GetUserStatisticsService(since -> {
            askedSince.set(since);
            return figures;
        }, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(service.statistics()).isSameAs(figures);
        assertThat(askedSince.get()).isEqualTo(Instant.parse("2026-11-03T10:15:30Z"));
    }

    @Test
    void everyRoleIsCountedEvenWhenNobodyHoldsIt() {
        UserStatistics figures = new UserStatistics(1, 1, 0, 1, Map.of(Role.ADMIN, 1L));

        assertThat(figures.byRole()).containsExactly(Map.entry(Role.CUSTOMER, 0L), Map.entry(Role.STAFF, 0L), Map.entry(Role.ADMIN, 1L));
        assertThat(figures.holding(Role.STAFF)).isZero();
    }
}
