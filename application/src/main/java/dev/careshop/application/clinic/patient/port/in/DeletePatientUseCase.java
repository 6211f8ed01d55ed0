package dev.careshop.application.clinic.patient.port.in;

import dev.careshop.domain.clinic.patient.PatientId;

public interface DeletePatientUseCase {

    /** Deletes the patient, their appointments and those appointments' prescriptions. */
    void delete(PatientId id);
}
