package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.Appointment;

public interface ChangeAppointmentStatusUseCase {

    Appointment changeStatus(ChangeAppointmentStatusCommand command);
}
