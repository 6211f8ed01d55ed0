package dev.careshop.application.report.users.service;

import dev.careshop.application.report.users.port.in.GetUserStatisticsUseCase;
import dev.careshop.application.report.users.port.in.UserStatistics;
import dev.careshop.application.report.users.port.out.UserStatisticsQuery;
import dev.careshop.application.shared.UseCase;
import java.time.Clock;
import java.time.Duration;

@UseCase(readOnly = true)
public class GetUserStatisticsService implements GetUserStatisticsUseCase {

    /** "Registered in the last 30 days": a rolling window ending now, by the service's clock, not calendar days. */
    static final Duration RECENT_REGISTRATION = Duration.ofDays(30);

    private final UserStatisticsQuery query;
    private final Clock clock;

    public GetUserStatisticsService(UserStatisticsQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    @Override
    public UserStatistics statistics() {
        return query.statistics(clock.instant().minus(RECENT_REGISTRATION));
    }
}
