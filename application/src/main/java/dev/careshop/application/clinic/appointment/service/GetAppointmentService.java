package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.appointment.port.in.GetAppointmentUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;

/**
 * Reads one appointment and records {@link PatientAccessAction#APPOINTMENT_READ} for its patient.
 * <p>
 * Not read-only any more: reading a patient's data writes an access-log entry in the same transaction (a read-only
 * transaction cannot INSERT), so the read and its audit entry commit or roll back together.
 */
@UseCase
public class GetAppointmentService implements GetAppointmentUseCase {

    private final AppointmentRepository appointments;
    private final PatientAccessRecorder accessLog;

    public GetAppointmentService(AppointmentRepository appointments, PatientAccessRecorder accessLog) {
        this.appointments = appointments;
        this.accessLog = accessLog;
    }

    @Override
    public Appointment get(AppointmentId id) {
        Appointment appointment = AppointmentLoader.load(appointments, id);
        accessLog.record(PatientAccessAction.APPOINTMENT_READ, appointment.getPatientId(), id.value());
        return appointment;
    }
}
