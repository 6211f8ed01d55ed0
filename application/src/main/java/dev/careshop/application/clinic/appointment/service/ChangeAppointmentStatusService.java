package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusCommand;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusUseCase;
import dev.careshop.application.event.port.out.AppendEventsPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import java.time.Clock;

@UseCase
public class ChangeAppointmentStatusService implements ChangeAppointmentStatusUseCase {

    private final AppointmentRepository appointments;
    private final Clock clock;
    private final PatientAccessRecorder accessLog;
    private final AppendEventsPort events;

    public ChangeAppointmentStatusService(AppointmentRepository appointments, Clock clock,
                                          PatientAccessRecorder accessLog, AppendEventsPort events) {
        this.appointments = appointments;
        this.clock = clock;
        this.accessLog = accessLog;
        this.events = events;
    }

    @Override
    public Appointment changeStatus(ChangeAppointmentStatusCommand command) {
        Appointment appointment = AppointmentLoader.load(appointments, command.id());
        appointment.transitionTo(command.status(), clock);
        Appointment stored = appointments.save(appointment);
        events.append(appointment.takeEvents());
        accessLog.record(PatientAccessAction.APPOINTMENT_STATUS_CHANGED, stored.getPatientId(), stored.getId().value());
        return stored;
    }
}
