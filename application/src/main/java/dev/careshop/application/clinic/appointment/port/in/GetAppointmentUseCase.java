package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;

public interface GetAppointmentUseCase {

    Appointment get(AppointmentId id);
}
