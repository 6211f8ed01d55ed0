package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionId;

/** Reads one prescription, so that the {@code Location} of a written prescription can be followed. */
public interface GetPrescriptionUseCase {

    Prescription get(AppointmentId appointmentId, PrescriptionId prescriptionId);
}
