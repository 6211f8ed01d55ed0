package dev.careshop.application.report.users.port.in;

import dev.careshop.domain.shop.user.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Read model answered by {@link GetUserStatisticsUseCase}: how many accounts there are, how many may sign in, how many
 * were registered lately, and how many hold each role. {@code byRole} names every role, with 0 where nobody holds it.
 */
public record UserStatistics(long totalUsers, long activeUsers, long inactiveUsers, long registeredLast30Days,
                             Map<Role, Long> byRole) {

    public UserStatistics {
        EnumMap<Role, Long> everyRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            everyRole.put(role, byRole.getOrDefault(role, 0L));
        }
        byRole = Collections.unmodifiableMap(everyRole);
    }

    public long holding(Role role) {
        return byRole.get(role);
    }
}
