package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionCommand;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.appointment.Prescription;
import java.time.Clock;

@UseCase
public class WritePrescriptionService implements WritePrescriptionUseCase {

    private final AppointmentRepository appointments;
    private final Clock clock;
    private final PatientAccessRecorder accessLog;

    public WritePrescriptionService(AppointmentRepository appointments, Clock clock, PatientAccessRecorder accessLog) {
        this.appointments = appointments;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @Override
    public Prescription write(WritePrescriptionCommand command) {
        Appointment appointment = AppointmentLoader.load(appointments, command.appointmentId());
        Prescription prescription = appointment.writePrescription(command.details(), clock);
        appointments.save(appointment);
        accessLog.record(PatientAccessAction.PRESCRIPTION_WRITTEN, appointment.getPatientId(), prescription.id().value());
        return prescription;
    }
}
