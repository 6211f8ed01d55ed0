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
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient access trail in {@code patient_access_log}. New entries are written by one statement, whatever their
 * number: a list page's by one {@code INSERT ... SELECT FROM unnest(...)} of column arrays, which is one execution in
 * PostgreSQL (a JDBC batch would still be one execution per row). Every patient read writes here, so the inserts are
 * plain JDBC on the transaction's connection (docs/architecture.md, "Cheaper requests"); the rows exist before the
 * use case goes on.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class PatientAccessLogPersistenceAdapter implements PatientAccessLogPort {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private static final String INSERT = """
            INSERT INTO patient_access_log (id, patient_id, actor_id, actor_username, actor_role, action, resource_id, occurred_at)
            """;

    private static final String RECORD_ONE = INSERT + "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS uuid), ?)";

    /** The driver binds arrays of text but not of UUIDs or timestamps: those go as text, which PostgreSQL casts. */
    private static final String RECORD_MANY = INSERT + """
            SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS varchar[]),
                                 CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS uuid[]), CAST(? AS timestamptz[]))""";

    private final PatientAccessLogSpringDataRepository repository;
    private final JdbcClient jdbc;

    PatientAccessLogPersistenceAdapter(PatientAccessLogSpringDataRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

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
        jdbc.sql(RECORD_ONE)
                .param(entry.id())
                .param(entry.patientId().value())
                .param(entry.actor().userId().value())
                .param(entry.actor().username().value())
                .param(entry.actor().role().name())
                .param(entry.action().name())
                .param(text(entry.resourceId()))
                .param(utc(entry.occurredAt()))
                .update();
    }

    private void recordMany(List<PatientAccessEntry> entries) {
        int size = entries.size();
        String[] ids = new String[size];
        String[] patients = new String[size];
        String[] actors = new String[size];
        String[] usernames = new String[size];
        String[] roles = new String[size];
        String[] actions = new String[size];
        String[] resources = new String[size];
        String[] occurredAt = new String[size];
        for (int i = 0; i < size; i++) {
            PatientAccessEntry entry = entries.get(i);
            ids[i] = text(entry.id());
            patients[i] = text(entry.patientId().value());
            actors[i] = text(entry.actor().userId().value());
            usernames[i] = entry.actor().username().value();
            roles[i] = entry.actor().role().name();
            actions[i] = entry.action().name();
            resources[i] = text(entry.resourceId());
            occurredAt[i] = entry.occurredAt().toString();
        }
        jdbc.sql(RECORD_MANY)
                .params(ids, patients, actors, usernames, roles, actions, resources, occurredAt)
                .update();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
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
