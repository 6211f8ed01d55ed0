package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.patient.port.in.ListPatientsUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

@UseCase(readOnly = true)
public class ListPatientsService implements ListPatientsUseCase {

    private final PatientRepository patients;

    public ListPatientsService(PatientRepository patients) {
        this.patients = patients;
    }

    @Override
    public Page<Patient> list(PatientSearch search, PageRequest pageRequest) {
        return patients.search(search, pageRequest);
    }
}
