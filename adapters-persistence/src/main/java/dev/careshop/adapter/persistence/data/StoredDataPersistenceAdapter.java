package dev.careshop.adapter.persistence.data;

import dev.careshop.application.data.port.in.StoredData;
import dev.careshop.application.data.port.out.StoredDataQuery;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** One statement of {@code EXISTS} probes: each stops at the first row (an index or a single page), however large the table. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class StoredDataPersistenceAdapter implements StoredDataQuery {

    private static final String EXISTING = """
            SELECT EXISTS (SELECT 1 FROM patients),
                   EXISTS (SELECT 1 FROM doctors),
                   EXISTS (SELECT 1 FROM categories),
                   EXISTS (SELECT 1 FROM products),
                   EXISTS (SELECT 1 FROM orders),
                   EXISTS (SELECT 1 FROM users WHERE role <> 'ADMIN')
            """;

    private final EntityManager entityManager;

    StoredDataPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public StoredData storedData() {
        Object[] row = (Object[]) entityManager.createNativeQuery(EXISTING).getSingleResult();
        return new StoredData(yes(row[0]), yes(row[1]), yes(row[2]), yes(row[3]), yes(row[4]), yes(row[5]));
    }

    private static boolean yes(Object value) {
        return Boolean.TRUE.equals(value);
    }
}
