package dev.careshop.adapter.persistence.clinic.access;

import static dev.careshop.adapter.persistence.shared.SqlTimestamps.utc;

import dev.careshop.adapter.persistence.shared.Paging;
import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.application.clinic.access.port.out.PatientAccessLogPort;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient access trail in {@code patient_access_log}. New entries are written by one statement, whatever their
 * number: a list page's by one {@code INSERT ... SELECT FROM unnest(...)} of column arrays, which is one execution in
 * PostgreSQL (a JDBC batch would still be one execution per row). The rows exist before the use case goes on.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class PatientAccessLogPersistenceAdapter implements PatientAccessLogPort {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final PatientAccessLogSpringDataRepository repository;
    private final EntityManager entityManager;

    PatientAccessLogPersistenceAdapter(PatientAccessLogSpringDataRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    private static final String INSERT = """
            INSERT INTO patient_access_log (id, patient_id, actor_id, actor_username, actor_role, action, resource_id, occurred_at)
            """;

    private static final String RECORD_ONE = INSERT + """
            VALUES (:id, :patient, :actor, :username, :role, :action, CAST(:resource AS uuid), :occurredAt)""";

    private static final String RECORD_MANY = INSERT + """
            SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:patients AS uuid[]), CAST(:actors AS uuid[]),
                                 CAST(:usernames AS varchar[]), CAST(:roles AS varchar[]), CAST(:actions AS varchar[]),
                                 CAST(:resources AS uuid[]), CAST(:occurredAt AS timestamptz[]))""";

    /** One entry (a single read, the most frequent case) binds plain values, which costs less than eight arrays. */
    @Override
    public void record(List<PatientAccessEntry> entries) {
        switch (entries.size()) {
            case 0 -> { }
            case 1 -> recordOne(entries.get(0));
            default -> recordMany(entries);
        }
    }

    private void recordOne(PatientAccessEntry entry) {
        entityManager.createNativeQuery(RECORD_ONE)
                .unwrap(NativeQuery.class)
                .setParameter("id", entry.id())
                .setParameter("patient", entry.patientId().value())
                .setParameter("actor", entry.actor().userId().value())
                .setParameter("username", entry.actor().username().value())
                .setParameter("role", entry.actor().role().name())
                .setParameter("action", entry.action().name())
                .setParameter("resource", entry.resourceId(), UUID.class)
                .setParameter("occurredAt", utc(entry.occurredAt()))
                .executeUpdate();
    }

    private void recordMany(List<PatientAccessEntry> entries) {
        int size = entries.size();
        UUID[] ids = new UUID[size];
        UUID[] patients = new UUID[size];
        UUID[] actors = new UUID[size];
        String[] usernames = new String[size];
        String[] roles = new String[size];
        String[] actions = new String[size];
        UUID[] resources = new UUID[size];
        OffsetDateTime[] occurredAt = new OffsetDateTime[size];
        for (int i = 0; i < size; i++) {
            PatientAccessEntry entry = entries.get(i);
            ids[i] = entry.id();
            patients[i] = entry.patientId().value();
            actors[i] = entry.actor().userId().value();
            usernames[i] = entry.actor().username().value();
            roles[i] = entry.actor().role().name();
            actions[i] = entry.action().name();
            resources[i] = entry.resourceId();
            occurredAt[i] = utc(entry.occurredAt());
        }
        entityManager.createNativeQuery(RECORD_MANY)
                .setParameter("ids", ids)
                .setParameter("patients", patients)
                .setParameter("actors", actors)
                .setParameter("usernames", usernames)
                .setParameter("roles", roles)
                .setParameter("actions", actions)
                .setParameter("resources", resources)
                .setParameter("occurredAt", occurredAt)
                .executeUpdate();
    }

    /** Page and count (the count only when the page is neither the first nor full); the order is fixed. */
    @Override
    public Page<PatientAccessEntry> findByPatient(PatientId patientId, PageRequest pageRequest) {
        return Paging.toPage(repository.findByPatientId(patientId.value(),
                        org.springframework.data.domain.PageRequest.of(pageRequest.page(), pageRequest.size(), NEWEST_FIRST)),
                PatientAccessLogPersistenceAdapter::toEntry);
    }

    private static PatientAccessEntry toEntry(PatientAccessLogJpaEntity entity) {
        Actor actor = new Actor(new UserId(entity.getActorId()), new Username(entity.getActorUsername()),
                entity.getActorRole());
        return new PatientAccessEntry(entity.getId(), new PatientId(entity.getPatientId()), actor, entity.getAction(),
                entity.getResourceId(), entity.getOccurredAt());
    }
}
