package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.patient.port.in.DeletePatientUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.shared.NotFoundException;

@UseCase
public class DeletePatientService implements DeletePatientUseCase {

    private final PatientRepository patients;

    public DeletePatientService(PatientRepository patients) {
        this.patients = patients;
    }

    @Override
    public void delete(PatientId id) {
        if (!patients.delete(id)) {
            throw new NotFoundException("patient", id);
        }
    }
}
