package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.appointment.port.in.DeleteAppointmentUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.NotFoundException;

@UseCase
public class DeleteAppointmentService implements DeleteAppointmentUseCase {

    private final AppointmentRepository appointments;
    private final PatientAccessRecorder accessLog;

    public DeleteAppointmentService(AppointmentRepository appointments, PatientAccessRecorder accessLog) {
        this.appointments = appointments;
        this.accessLog = accessLog;
    }

    @Override
    public void delete(AppointmentId id) {
        // The delete answers whose appointment it was, so the entry needs no read before it.
        PatientId patient = appointments.delete(id).orElseThrow(() -> new NotFoundException("appointment", id));
        accessLog.record(PatientAccessAction.APPOINTMENT_DELETED, patient, id.value());
    }
}
