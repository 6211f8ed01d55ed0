package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.patient.port.in.GetPatientUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.shared.NotFoundException;

@UseCase(readOnly = true)
public class GetPatientService implements GetPatientUseCase {

    private final PatientRepository patients;

    public GetPatientService(PatientRepository patients) {
        this.patients = patients;
    }

    @Override
    public Patient get(PatientId id) {
        return patients.findById(id).orElseThrow(() -> new NotFoundException("patient", id));
    }
}
