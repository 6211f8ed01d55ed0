package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.patient.port.in.ListPatientsUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

/**
 * Lists patients and records {@link PatientAccessAction#PATIENT_LISTED} once for every patient on the page, in one
 * statement, so a page still costs a constant number of statements.
 * <p>
 * Not read-only any more: reading a patient's data writes an access-log entry in the same transaction (a read-only
 * transaction cannot INSERT), so the read and its audit entry commit or roll back together.
 */
@UseCase
public class ListPatientsService implements ListPatientsUseCase {

    private final PatientRepository patients;
    private final PatientAccessRecorder accessLog;

    public ListPatientsService(PatientRepository patients, PatientAccessRecorder accessLog) {
        this.patients = patients;
        this.accessLog = accessLog;
    }

    @Override
    public Page<Patient> list(PatientSearch search, PageRequest pageRequest) {
        Page<Patient> page = patients.search(search, pageRequest);
        accessLog.recordEach(PatientAccessAction.PATIENT_LISTED, page.content(), Patient::getId, patient -> null);
        return page;
    }
}
