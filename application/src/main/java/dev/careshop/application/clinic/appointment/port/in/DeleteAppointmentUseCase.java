package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.AppointmentId;

public interface DeleteAppointmentUseCase {

    /** Deletes the appointment and its prescriptions. */
    void delete(AppointmentId id);
}
