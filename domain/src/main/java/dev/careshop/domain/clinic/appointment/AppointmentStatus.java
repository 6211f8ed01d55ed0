package dev.careshop.domain.clinic.appointment;

import java.util.Set;

/**
 * FHIR appointment status codes and the transitions between them. Only {@code CANCELLED} frees the doctor's
 * time; {@code FULFILLED}, {@code CANCELLED} and {@code NOSHOW} are final.
 */
public enum AppointmentStatus {
    BOOKED, ARRIVED, FULFILLED, CANCELLED, NOSHOW;

    public Set<AppointmentStatus> next() {
        return switch (this) {
            case BOOKED -> Set.of(ARRIVED, CANCELLED, NOSHOW);
            case ARRIVED -> Set.of(FULFILLED, CANCELLED);
            case FULFILLED, CANCELLED, NOSHOW -> Set.of();
        };
    }

    public boolean canBecome(AppointmentStatus target) {
        return next().contains(target);
    }

    /** Whether prescriptions may still be written during an appointment in this status. */
    public boolean acceptsPrescriptions() {
        return this != CANCELLED && this != NOSHOW;
    }
}
