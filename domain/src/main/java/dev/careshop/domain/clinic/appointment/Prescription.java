package dev.careshop.domain.clinic.appointment;

import java.time.Instant;
import java.util.Objects;

/** A prescription written during an appointment; it belongs to, and is changed only through, its {@link Appointment}. */
public record Prescription(PrescriptionId id, PrescriptionDetails details, Instant createdAt) {

    public Prescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
