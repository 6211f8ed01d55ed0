package dev.careshop.adapter.persistence.clinic.access;

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
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient access trail in {@code patient_access_log}. New entries are written by one {@code INSERT ... SELECT FROM
 * unnest(...)} of column arrays: a list page of any size is one statement and one execution in PostgreSQL (a JDBC
 * batch would still be one execution per row), and the rows exist before the use case goes on.
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

    private static final String RECORD = """
            INSERT INTO patient_access_log (id, patient_id, actor_id, actor_username, actor_role, action, resource_id, occurred_at)
            SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:patients AS uuid[]), CAST(:actors AS uuid[]),
                                 CAST(:usernames AS varchar[]), CAST(:roles AS varchar[]), CAST(:actions AS varchar[]),
                                 CAST(:resources AS uuid[]), CAST(:occurredAt AS timestamptz[]))""";

    @Override
    public void record(List<PatientAccessEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int size = entries.size();
        UUID[] ids = new UUID[size];
        UUID[] patients = new UUID[size];
        UUID[] actors = new UUID[size];
        String[] usernames = new String[size];
        String[] roles = new String[size];
        String[] actions = new String[size];
        UUID[] resources = new UUID[size];
        // With their offset: a LocalDateTime or Timestamp would be read in the JVM's time zone.
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
            occurredAt[i] = entry.occurredAt().atOffset(ZoneOffset.UTC);
        }
        entityManager.createNativeQuery(RECORD)
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
