package dev.careshop.application.clinic.patient.port.in;

import dev.careshop.domain.clinic.patient.PatientId;

public interface GetPatientHistoryUseCase {

    PatientHistory history(PatientId id);
}
