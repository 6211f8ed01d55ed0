package dev.careshop.adapter.persistence.report.users;

import dev.careshop.adapter.persistence.shared.SqlResource;
import dev.careshop.application.report.users.port.in.UserStatistics;
import dev.careshop.application.report.users.port.out.UserStatisticsQuery;
import dev.careshop.domain.shop.user.Role;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts the users in one statement, report/user-statistics.sql: a line per role and one for all of them. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class UserStatisticsPersistenceAdapter implements UserStatisticsQuery {

    private static final String STATISTICS = SqlResource.load("report/user-statistics.sql");

    private final EntityManager entityManager;

    UserStatisticsPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public UserStatistics statistics(Instant registeredSince) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(STATISTICS)
                .setParameter("registeredSince", registeredSince)
                .getResultList();
        Object[] everyone = null;
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (Object[] row : rows) {
            if (row[0] == null) {
                everyone = row;
            } else {
                byRole.put(Role.valueOf((String) row[0]), count(row[1]));
            }
        }
        // The ROLLUP's line for all users is there even when there are none.
        return new UserStatistics(count(everyone[1]), count(everyone[2]), count(everyone[3]), count(everyone[4]), byRole);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
