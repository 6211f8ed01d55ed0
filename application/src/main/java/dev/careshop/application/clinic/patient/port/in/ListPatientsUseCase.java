package dev.careshop.application.clinic.patient.port.in;

import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

public interface ListPatientsUseCase {

    Page<Patient> list(PatientSearch search, PageRequest pageRequest);
}
