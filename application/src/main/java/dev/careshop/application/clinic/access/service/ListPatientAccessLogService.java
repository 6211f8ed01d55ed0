package dev.careshop.application.clinic.access.service;

import dev.careshop.application.clinic.access.port.in.ListPatientAccessLogUseCase;
import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.application.clinic.access.port.out.PatientAccessLogPort;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

/**
 * Reads a patient's access trail. The trail has no foreign key to the patient and outlives them: an administrator
 * investigating who saw a deleted patient's records must still be able to read it. So the answer is 404 only when the
 * patient does not exist <em>and</em> has no entries; reading the trail is not itself patient data, so it is not
 * recorded.
 */
@UseCase(readOnly = true)
public class ListPatientAccessLogService implements ListPatientAccessLogUseCase {

    private final PatientAccessLogPort log;
    private final PatientRepository patients;

    public ListPatientAccessLogService(PatientAccessLogPort log, PatientRepository patients) {
        this.log = log;
        this.patients = patients;
    }

    @Override
    public Page<PatientAccessEntry> list(PatientId patientId, PageRequest pageRequest) {
        Page<PatientAccessEntry> page = log.findByPatient(patientId, pageRequest);
        // Only an empty trail needs the second question; a page beyond the last has totalElements > 0.
        if (page.totalElements() == 0 && !patients.existsById(patientId)) {
            throw new NotFoundException("patient", patientId);
        }
        return page;
    }
}
