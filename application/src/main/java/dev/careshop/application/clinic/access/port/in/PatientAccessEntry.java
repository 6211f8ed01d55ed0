package dev.careshop.application.clinic.access.port.in;

import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.identity.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a patient's access trail: who ({@code actor}, as their token named them at the time) did what
 * ({@code action}) with which of the patient's records ({@code resourceId}: the appointment or prescription concerned,
 * {@code null} for the patient or their whole history), and when.
 */
public record PatientAccessEntry(UUID id, PatientId patientId, Actor actor, PatientAccessAction action, UUID resourceId,
                                 Instant occurredAt) {

    public PatientAccessEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
