package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.appointment.port.in.GetPrescriptionUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import dev.careshop.domain.shared.NotFoundException;

@UseCase(readOnly = true)
public class GetPrescriptionService implements GetPrescriptionUseCase {

    private final AppointmentRepository appointments;

    public GetPrescriptionService(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @Override
    public Prescription get(AppointmentId appointmentId, PrescriptionId prescriptionId) {
        return AppointmentLoader.load(appointments, appointmentId).getPrescriptions().stream()
                .filter(prescription -> prescription.id().equals(prescriptionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("prescription", prescriptionId));
    }
}
