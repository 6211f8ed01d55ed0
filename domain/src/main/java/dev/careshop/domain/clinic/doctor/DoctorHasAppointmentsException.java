package dev.careshop.domain.clinic.doctor;

import dev.careshop.domain.shared.ConflictException;

/** Appointments are medical records: a doctor who has any cannot be deleted. */
public class DoctorHasAppointmentsException extends ConflictException {

    public DoctorHasAppointmentsException(DoctorId id) {
        super("doctor " + id + " has appointments and cannot be deleted");
    }
}
