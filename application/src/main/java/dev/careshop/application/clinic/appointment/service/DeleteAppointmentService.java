package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.appointment.port.in.DeleteAppointmentUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.shared.NotFoundException;

@UseCase
public class DeleteAppointmentService implements DeleteAppointmentUseCase {

    private final AppointmentRepository appointments;

    public DeleteAppointmentService(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @Override
    public void delete(AppointmentId id) {
        if (!appointments.delete(id)) {
            throw new NotFoundException("appointment", id);
        }
    }
}
