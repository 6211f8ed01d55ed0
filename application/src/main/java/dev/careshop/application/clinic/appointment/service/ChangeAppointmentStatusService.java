package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
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
    private final PatientAccessRecorder accessLog;

    public ChangeAppointmentStatusService(AppointmentRepository appointments, Clock clock,
                                          PatientAccessRecorder accessLog) {
        this.appointments = appointments;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @Override
    public Appointment changeStatus(ChangeAppointmentStatusCommand command) {
        Appointment appointment = AppointmentLoader.load(appointments, command.id());
        appointment.transitionTo(command.status(), clock);
        Appointment stored = appointments.save(appointment);
        accessLog.record(PatientAccessAction.APPOINTMENT_STATUS_CHANGED, stored.getPatientId(), stored.getId().value());
        return stored;
    }
}
