package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.shared.ConflictException;

public class PrescriptionNotAllowedException extends ConflictException {

    public PrescriptionNotAllowedException(AppointmentId id, AppointmentStatus status) {
        super("appointment " + id + " is " + status + "; prescriptions cannot be written for it");
    }
}
