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
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient access trail in {@code patient_access_log}. New entries are persisted, never merged (a merge would first
 * look each id up), and flushed at once: with {@code hibernate.jdbc.batch_size} they leave as one JDBC batch, so a
 * list page of any size costs one statement for its trail, and the rows exist before the use case goes on.
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

    @Override
    public void record(List<PatientAccessEntry> entries) {
        entries.forEach(entry -> entityManager.persist(toEntity(entry)));
        entityManager.flush();
    }

    /** Page and count (the count only when the page is neither the first nor full); the order is fixed. */
    @Override
    public Page<PatientAccessEntry> findByPatient(PatientId patientId, PageRequest pageRequest) {
        return Paging.toPage(repository.findByPatientId(patientId.value(),
                        org.springframework.data.domain.PageRequest.of(pageRequest.page(), pageRequest.size(), NEWEST_FIRST)),
                PatientAccessLogPersistenceAdapter::toEntry);
    }

    private static PatientAccessLogJpaEntity toEntity(PatientAccessEntry entry) {
        PatientAccessLogJpaEntity entity = new PatientAccessLogJpaEntity();
        entity.setId(entry.id());
        entity.setPatientId(entry.patientId().value());
        entity.setActorId(entry.actor().userId().value());
        entity.setActorUsername(entry.actor().username().value());
        entity.setActorRole(entry.actor().role());
        entity.setAction(entry.action());
        entity.setResourceId(entry.resourceId());
        entity.setOccurredAt(entry.occurredAt());
        return entity;
    }

    private static PatientAccessEntry toEntry(PatientAccessLogJpaEntity entity) {
        Actor actor = new Actor(new UserId(entity.getActorId()), new Username(entity.getActorUsername()),
                entity.getActorRole());
        return new PatientAccessEntry(entity.getId(), new PatientId(entity.getPatientId()), actor, entity.getAction(),
                entity.getResourceId(), entity.getOccurredAt());
    }
}
