package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.patient.port.in.DeletePatientUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.shared.NotFoundException;

@UseCase
public class DeletePatientService implements DeletePatientUseCase {

    private final PatientRepository patients;
    private final PatientAccessRecorder accessLog;

    public DeletePatientService(PatientRepository patients, PatientAccessRecorder accessLog) {
        this.patients = patients;
        this.accessLog = accessLog;
    }

    @Override
    public void delete(PatientId id) {
        if (!patients.delete(id)) {
            throw new NotFoundException("patient", id);
        }
        // The trail has no foreign key to the patient, so this entry (and every earlier one) outlives the deletion.
        accessLog.record(PatientAccessAction.PATIENT_DELETED, id);
    }
}
