package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.appointment.port.in.RemovePrescriptionUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import java.time.Clock;

@UseCase
public class RemovePrescriptionService implements RemovePrescriptionUseCase {

    private final AppointmentRepository appointments;
    private final Clock clock;
    private final PatientAccessRecorder accessLog;

    public RemovePrescriptionService(AppointmentRepository appointments, Clock clock, PatientAccessRecorder accessLog) {
        this.appointments = appointments;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @Override
    public void remove(AppointmentId appointmentId, PrescriptionId prescriptionId) {
        Appointment appointment = AppointmentLoader.load(appointments, appointmentId);
        appointment.removePrescription(prescriptionId, clock);
        appointments.save(appointment);
        accessLog.record(PatientAccessAction.PRESCRIPTION_REMOVED, appointment.getPatientId(), prescriptionId.value());
    }
}
