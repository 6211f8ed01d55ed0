package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.PrescriptionId;

public interface RemovePrescriptionUseCase {

    void remove(AppointmentId appointmentId, PrescriptionId prescriptionId);
}
