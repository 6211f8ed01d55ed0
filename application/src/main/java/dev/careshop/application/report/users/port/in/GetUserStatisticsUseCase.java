package dev.careshop.application.report.users.port.in;

public interface GetUserStatisticsUseCase {

    /** The figures as they are now; "registered lately" means within the last 30 days by the service's clock. */
    UserStatistics statistics();
}
