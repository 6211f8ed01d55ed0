package dev.careshop.application.clinic.patient.port.in;

import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;

public interface GetPatientUseCase {

    Patient get(PatientId id);
}
