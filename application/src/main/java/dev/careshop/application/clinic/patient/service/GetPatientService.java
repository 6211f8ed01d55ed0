package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.patient.port.in.GetPatientUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.shared.NotFoundException;

/**
 * Reads one patient and records {@link PatientAccessAction#PATIENT_READ}.
 * <p>
 * Not read-only any more: reading a patient's data writes an access-log entry in the same transaction (a read-only
 * transaction cannot INSERT), so the read and its audit entry commit or roll back together.
 */
@UseCase
public class GetPatientService implements GetPatientUseCase {

    private final PatientRepository patients;
    private final PatientAccessRecorder accessLog;

    public GetPatientService(PatientRepository patients, PatientAccessRecorder accessLog) {
        this.patients = patients;
        this.accessLog = accessLog;
    }

    @Override
    public Patient get(PatientId id) {
        Patient patient = patients.findById(id).orElseThrow(() -> new NotFoundException("patient", id));
        accessLog.record(PatientAccessAction.PATIENT_READ, id);
        return patient;
    }
}
