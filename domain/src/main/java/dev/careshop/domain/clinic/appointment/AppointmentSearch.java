package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.InvalidValueException;
import java.time.Instant;

/**
 * Filters of the appointment list; {@code null} means "any". {@code from} and {@code to} bound the start time:
 * {@code from <= startsAt < to}.
 */
public record AppointmentSearch(PatientId patientId, DoctorId doctorId, AppointmentStatus status, Instant from, Instant to) {

    public AppointmentSearch {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "to must be after from");
        }
    }
}
