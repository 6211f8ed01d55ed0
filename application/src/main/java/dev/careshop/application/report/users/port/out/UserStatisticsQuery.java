package dev.careshop.application.report.users.port.out;

import dev.careshop.application.report.users.port.in.UserStatistics;
import java.time.Instant;

/** Counts the user accounts in one aggregate statement, whatever their number. */
public interface UserStatisticsQuery {

    /** {@code registeredSince} is the earliest creation time counted as a recent registration (inclusive). */
    UserStatistics statistics(Instant registeredSince);
}
