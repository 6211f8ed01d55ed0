package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.appointment.port.in.GetPrescriptionUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import dev.careshop.domain.shared.NotFoundException;

/**
 * Reads one prescription and records {@link PatientAccessAction#PRESCRIPTION_READ} for the appointment's patient.
 * <p>
 * Not read-only any more: reading a patient's data writes an access-log entry in the same transaction (a read-only
 * transaction cannot INSERT), so the read and its audit entry commit or roll back together.
 */
@UseCase
public class GetPrescriptionService implements GetPrescriptionUseCase {

    private final AppointmentRepository appointments;
    private final PatientAccessRecorder accessLog;

    public GetPrescriptionService(AppointmentRepository appointments, PatientAccessRecorder accessLog) {
        this.appointments = appointments;
        this.accessLog = accessLog;
    }

    @Override
    public Prescription get(AppointmentId appointmentId, PrescriptionId prescriptionId) {
        Appointment appointment = AppointmentLoader.load(appointments, appointmentId);
        Prescription prescription = appointment.getPrescriptions().stream()
                .filter(candidate -> candidate.id().equals(prescriptionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("prescription", prescriptionId));
        accessLog.record(PatientAccessAction.PRESCRIPTION_READ, appointment.getPatientId(), prescriptionId.value());
        return prescription;
    }
}
