package dev.careshop.adapter.persistence.clinic.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.adapter.persistence.testsupport.PersistenceAdapterTest;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The trail's two ways of writing: one entry binds plain values, several go as one {@code unnest} of arrays. Both must
 * store every column exactly, the instant included (this module's tests run in a JVM time zone of UTC+14).
 */
@Import(PatientAccessLogPersistenceAdapter.class)
class PatientAccessLogPersistenceAdapterTest extends PersistenceAdapterTest {

    private static final Actor STAFF = new Actor(new UserId(UUID.randomUUID()), new Username("nurse.joy"), Role.STAFF);
    private static final Instant NOON = Instant.parse("2026-03-29T12:00:00.123456Z");

    private final PatientAccessLogPersistenceAdapter trail;

    @Autowired
    PatientAccessLogPersistenceAdapterTest(PatientAccessLogPersistenceAdapter trail) {
        this.trail = trail;
    }

    private static PatientAccessEntry entry(PatientId patient, PatientAccessAction action, UUID resource, Instant at) {
        return new PatientAccessEntry(UUID.randomUUID(), patient, STAFF, action, resource, at);
    }

    private List<PatientAccessEntry> storedFor(PatientId patient) {
        return trail.findByPatient(patient, PageRequest.of(0, 20)).content();
    }

    @Test
    void oneEntryIsStoredAsGiven() {
        PatientId patient = new PatientId(UUID.randomUUID());
        PatientAccessEntry read = entry(patient, PatientAccessAction.PATIENT_READ, null, NOON);

        trail.record(List.of(read));

        assertThat(storedFor(patient)).containsExactly(read);
        assertThat(jdbc.queryForObject("SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') "
                + "FROM patient_access_log WHERE id = ?", String.class, read.id())).isEqualTo("2026-03-29 12:00:00.123456");
    }

    @Test
    void oneEntryKeepsItsResource() {
        PatientId patient = new PatientId(UUID.randomUUID());
        PatientAccessEntry read = entry(patient, PatientAccessAction.PRESCRIPTION_READ, UUID.randomUUID(), NOON);

        trail.record(List.of(read));

        assertThat(storedFor(patient)).containsExactly(read);
    }

    @Test
    void severalEntriesAreStoredAsGivenWithAndWithoutResources() {
        PatientId patient = new PatientId(UUID.randomUUID());
        PatientId other = new PatientId(UUID.randomUUID());
        PatientAccessEntry first = entry(patient, PatientAccessAction.APPOINTMENT_LISTED, UUID.randomUUID(), NOON);
        PatientAccessEntry second = entry(patient, PatientAccessAction.PATIENT_LISTED, null, NOON.plus(1, ChronoUnit.MICROS));
        PatientAccessEntry third = entry(other, PatientAccessAction.PATIENT_LISTED, null, NOON);

        trail.record(List.of(first, second, third));

        assertThat(storedFor(patient)).containsExactly(second, first);
        assertThat(storedFor(other)).containsExactly(third);
    }

    @Test
    void noEntriesWriteNothing() {
        Integer before = jdbc.queryForObject("SELECT count(*) FROM patient_access_log", Integer.class);

        trail.record(List.of());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM patient_access_log", Integer.class)).isEqualTo(before);
    }
}
