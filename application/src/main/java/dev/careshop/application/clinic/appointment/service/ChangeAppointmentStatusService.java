package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusCommand;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import java.time.Clock;

@UseCase
public class ChangeAppointmentStatusService implements ChangeAppointmentStatusUseCase {

    private final AppointmentRepository appointments;
    private final Clock clock;

    public ChangeAppointmentStatusService(AppointmentRepository appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    @Override
    public Appointment changeStatus(ChangeAppointmentStatusCommand command) {
        Appointment appointment = AppointmentLoader.load(appointments, command.id());
        appointment.transitionTo(command.status(), clock);
        return appointments.save(appointment);
    }
}
