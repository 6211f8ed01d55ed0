package dev.careshop.adapter.persistence.report.users;

import dev.careshop.application.report.users.port.in.UserStatistics;
import dev.careshop.application.report.users.port.out.UserStatisticsQuery;
import dev.careshop.domain.shop.user.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the users in one pass over the table: every figure is a {@code count(*) FILTER (...)} of the same scan, one
 * per role among them (written from {@link Role}, so a new role is counted without touching this SQL).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class UserStatisticsPersistenceAdapter implements UserStatisticsQuery {

    private static final Role[] ROLES = Role.values();
    private static final String STATISTICS = """
            SELECT count(*),
                   count(*) FILTER (WHERE active),
                   count(*) FILTER (WHERE NOT active),
                   count(*) FILTER (WHERE created_at >= :registeredSince)%s
              FROM users""".formatted(Arrays.stream(ROLES)
            .map(role -> ",\n       count(*) FILTER (WHERE role = '" + role.name() + "')")
            .collect(Collectors.joining()));

    private final EntityManager entityManager;

    UserStatisticsPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public UserStatistics statistics(Instant registeredSince) {
        Object[] row = (Object[]) entityManager.createNativeQuery(STATISTICS)
                .setParameter("registeredSince", registeredSince)
                .getSingleResult();
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (int i = 0; i < ROLES.length; i++) {
            byRole.put(ROLES[i], count(row[4 + i]));
        }
        return new UserStatistics(count(row[0]), count(row[1]), count(row[2]), count(row[3]), byRole);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
