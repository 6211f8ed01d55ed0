package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.appointment.port.in.GetAppointmentUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;

@UseCase(readOnly = true)
public class GetAppointmentService implements GetAppointmentUseCase {

    private final AppointmentRepository appointments;

    public GetAppointmentService(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @Override
    public Appointment get(AppointmentId id) {
        return AppointmentLoader.load(appointments, id);
    }
}
